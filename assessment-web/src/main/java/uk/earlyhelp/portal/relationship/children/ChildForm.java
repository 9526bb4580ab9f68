package uk.earlyhelp.portal.relationship.children;

import uk.earlyhelp.portal.relationship.DateOfBirth;
import uk.earlyhelp.relationship.api.ChildDetails;

/** "Add a child record" as posted; kept as typed so the page shows it again beside any error. */
public record ChildForm(String firstName, String lastName, String dateOfBirthDay, String dateOfBirthMonth,
                        String dateOfBirthYear, String address, String phone, String email,
                        String mosaicPersonReference, String involvedWorkers) {

    static ChildForm empty() {
        return new ChildForm("", "", "", "", "", "", "", "", "", "");
    }

    ChildDetails details() {
        return new ChildDetails(firstName, lastName,
                new DateOfBirth(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear).iso(), address, phone, email,
                mosaicPersonReference, involvedWorkers);
    }
}
