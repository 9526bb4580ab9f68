package uk.earlyhelp.portal.relationship.links;

import uk.earlyhelp.portal.relationship.DateOfBirth;
import uk.earlyhelp.relationship.api.ChildDescription;

/** "Ask to be linked to a child" as posted; kept as typed so the page shows it again beside any error. */
public record LinkRequestForm(String firstName, String lastName, String dateOfBirthDay, String dateOfBirthMonth,
                              String dateOfBirthYear, String mosaicPersonReference, String reason) {

    static LinkRequestForm empty() {
        return new LinkRequestForm("", "", "", "", "", "", "");
    }

    ChildDescription child() {
        return new ChildDescription(firstName, lastName,
                new DateOfBirth(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear).iso(), mosaicPersonReference);
    }
}
