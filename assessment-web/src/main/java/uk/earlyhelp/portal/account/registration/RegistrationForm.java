package uk.earlyhelp.portal.account.registration;

import java.util.List;
import java.util.regex.Pattern;
import uk.earlyhelp.portal.account.AccountDetails;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.mail.MailAddresses;
import uk.earlyhelp.portal.account.FormErrors;
import uk.earlyhelp.portal.account.OrganisationType;
import uk.earlyhelp.portal.account.password.PasswordPolicy;

/** "Create your account" as posted. Everything but the password goes back into the page when there is a problem. */
record RegistrationForm(String firstName, String lastName, String email, String phone, String jobTitle,
                        String organisation, String organisationType, String locality, String password) {

    static final int NAME_LENGTH = 100;
    static final int TEXT_LENGTH = 200;
    static final int EMAIL_LENGTH = 254;
    /** Digits, spaces, brackets, hyphens and a leading +; 7 to 20 digits, as UK and international numbers have. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]+");

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "", "", "", "", "", "", "");
    }

    /** What is wrong, field by field in page order; nothing is checked against existing accounts here. */
    void check(FormErrors errors, List<String> localities, PasswordPolicy policy) {
        name(errors, "firstName", firstName);
        name(errors, "lastName", lastName);
        if (blank(email)) {
            errors.add("email", "createAccount.error.email.missing");
        } else if (email.strip().length() > EMAIL_LENGTH || !MailAddresses.isDeliverable(Accounts.normalise(email))) {
            errors.add("email", "createAccount.error.email.format");
        }
        if (blank(phone)) {
            errors.add("phone", "createAccount.error.phone.missing");
        } else {
            long digits = phone.chars().filter(Character::isDigit).count();
            if (!PHONE.matcher(phone.strip()).matches() || digits < 7 || digits > 20) {
                errors.add("phone", "createAccount.error.phone.format");
            }
        }
        text(errors, "jobTitle", jobTitle, TEXT_LENGTH);
        text(errors, "organisation", organisation, TEXT_LENGTH);
        if (type() == null) {
            errors.add("organisationType", "createAccount.error.organisationType");
        }
        if (locality == null || !localities.contains(locality)) {
            errors.add("locality", "createAccount.error.locality");
        }
        policy.check(password).ifPresent(problem -> errors.add("password", problem.messageKey(),
                PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
    }

    /** A name as people have them (PlausibleName): emails carry it, so it must not carry a message or a link. */
    private static void name(FormErrors errors, String field, String value) {
        text(errors, field, value, NAME_LENGTH);
        if (!blank(value) && value.strip().length() <= NAME_LENGTH && !PlausibleName.isPlausible(value.strip())) {
            errors.add(field, "createAccount.error." + field + ".format");
        }
    }

    private static void text(FormErrors errors, String field, String value, int maxLength) {
        if (blank(value)) {
            errors.add(field, "createAccount.error." + field + ".missing");
        } else if (value.strip().length() > maxLength) {
            errors.add(field, "createAccount.error." + field + ".tooLong", maxLength);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    OrganisationType type() {
        for (OrganisationType type : OrganisationType.values()) {
            if (type.name().equals(organisationType)) {
                return type;
            }
        }
        return null;
    }

    /** Only after {@link #check} found nothing wrong. */
    AccountDetails details() {
        return new AccountDetails(firstName.strip(), lastName.strip(), Accounts.normalise(email), phone.strip(),
                jobTitle.strip(), organisation.strip(), type(), locality);
    }

    /** For the page shown again: never the password. */
    RegistrationForm withoutPassword() {
        return new RegistrationForm(firstName, lastName, email, phone, jobTitle, organisation, organisationType,
                locality, "");
    }
}
