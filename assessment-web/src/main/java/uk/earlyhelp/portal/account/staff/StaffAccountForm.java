package uk.earlyhelp.portal.account.staff;

import java.util.List;
import java.util.regex.Pattern;
import uk.earlyhelp.portal.account.AccountDetails;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.mail.MailAddresses;
import uk.earlyhelp.portal.account.FormErrors;
import uk.earlyhelp.portal.security.Role;

/** "Add a staff account" as posted; all of it goes back into the page when there is a problem. */
record StaffAccountForm(String firstName, String lastName, String email, String phone, String jobTitle, String role,
                        String locality) {

    /** The roles an administrator gives here: practitioners ask for their accounts themselves. */
    static final List<Role> STAFF_ROLES = List.of(Role.COORDINATOR, Role.AUDITOR, Role.ADMIN);
    static final int NAME_LENGTH = 100;
    static final int TEXT_LENGTH = 200;
    static final int EMAIL_LENGTH = 254;
    /** As on "Create your account": digits, spaces, brackets, hyphens and a leading +; 7 to 20 digits. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]+");

    static StaffAccountForm empty() {
        return new StaffAccountForm("", "", "", "", "", "", "");
    }

    /** What is wrong, field by field in page order (an address already in use is checked when adding). */
    void check(FormErrors errors, List<String> localities) {
        text(errors, "firstName", firstName, NAME_LENGTH);
        text(errors, "lastName", lastName, NAME_LENGTH);
        if (blank(email)) {
            errors.add("email", "staffAccount.error.email.missing");
        } else if (email.strip().length() > EMAIL_LENGTH || !MailAddresses.isDeliverable(Accounts.normalise(email))) {
            errors.add("email", "createAccount.error.email.format");
        }
        if (blank(phone)) {
            errors.add("phone", "staffAccount.error.phone.missing");
        } else {
            long digits = phone.chars().filter(Character::isDigit).count();
            if (!PHONE.matcher(phone.strip()).matches() || digits < 7 || digits > 20) {
                errors.add("phone", "createAccount.error.phone.format");
            }
        }
        text(errors, "jobTitle", jobTitle, TEXT_LENGTH);
        if (staffRole() == null) {
            errors.add("role", "staffAccount.error.role");
        }
        if (blank(locality) ? staffRole() == Role.COORDINATOR : !localities.contains(locality)) {
            errors.add("locality", "staffAccount.error.locality");
        }
    }

    private static void text(FormErrors errors, String field, String value, int maxLength) {
        if (blank(value)) {
            errors.add(field, "staffAccount.error." + field + ".missing");
        } else if (value.strip().length() > maxLength) {
            errors.add(field, "createAccount.error." + field + ".tooLong", maxLength);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    Role staffRole() {
        return STAFF_ROLES.stream().filter(r -> r.name().equals(role)).findFirst().orElse(null);
    }

    /** Only after {@link #check} found nothing wrong. Council staff have no partner organisation. */
    AccountDetails details() {
        return new AccountDetails(firstName.strip(), lastName.strip(), Accounts.normalise(email), phone.strip(),
                jobTitle.strip(), null, null, blank(locality) ? null : locality);
    }
}
