package uk.earlyhelp.relationship;

import java.time.LocalDate;
import java.util.regex.Pattern;
import uk.earlyhelp.relationship.api.ChildDescription;
import uk.earlyhelp.relationship.api.ChildDetails;

/** The rules for what the portal holds about a child, and for how a practitioner describes one. */
final class ChildDetailsCheck {

    static final int ADDRESS_LENGTH = 500;
    static final int PHONE_LENGTH = 40;
    static final int EMAIL_LENGTH = 254;
    static final int INVOLVED_WORKERS_LENGTH = 1000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ChildDetailsCheck() {
    }

    static void check(Checks checks, ChildDetails details, LocalDate today) {
        names(checks, details.firstName(), details.lastName());
        checks.dateOfBirth("dateOfBirth", details.dateOfBirth(), today)
                .optional("address", details.address(), ADDRESS_LENGTH, "Address must be 500 characters or fewer")
                .optional("phone", details.phone(), PHONE_LENGTH, "Phone number must be 40 characters or fewer")
                .mosaicReference("mosaicPersonReference", details.mosaicPersonReference())
                .optional("involvedWorkers", details.involvedWorkers(), INVOLVED_WORKERS_LENGTH,
                        "Involved workers must be 1,000 characters or fewer");
        String email = details.email();
        if (!email.isEmpty() && (email.length() > EMAIL_LENGTH || !EMAIL.matcher(email).matches())) {
            checks.add("email", "Enter an email address in the correct format, like name@example.com");
        }
    }

    static void check(Checks checks, ChildDescription child, LocalDate today) {
        names(checks, child.firstName(), child.lastName());
        checks.dateOfBirth("dateOfBirth", child.dateOfBirth(), today)
                .mosaicReference("mosaicPersonReference", child.mosaicPersonReference());
    }

    private static void names(Checks checks, String firstName, String lastName) {
        checks.required("firstName", firstName, Checks.NAME_LENGTH, "Enter the child's first name",
                        "First name must be 100 characters or fewer")
                .required("lastName", lastName, Checks.NAME_LENGTH, "Enter the child's last name",
                        "Last name must be 100 characters or fewer");
    }
}
