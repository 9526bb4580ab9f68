package uk.earlyhelp.portal.relationship.children;

import uk.earlyhelp.portal.relationship.DateOfBirth;
import uk.earlyhelp.relationship.api.ChildDetails;

/**
 * "Add a child record" and "Change the child's details" as posted; kept as typed so the page shows it again beside any
 * error.
 */
public record ChildForm(String firstName, String lastName, String dateOfBirthDay, String dateOfBirthMonth,
                        String dateOfBirthYear, String address, String phone, String email,
                        String mosaicPersonReference, String involvedWorkers) {

    static ChildForm empty() {
        return new ChildForm("", "", "", "", "", "", "", "", "", "");
    }

    /** The change form, filled with what the record holds now. */
    static ChildForm of(ChildDetails d) {
        DateOfBirth born = DateOfBirth.of(d.dateOfBirth());
        return new ChildForm(d.firstName(), d.lastName(), born.day(), born.month(), born.year(), d.address(), d.phone(),
                d.email(), d.mosaicPersonReference(), d.involvedWorkers());
    }

    ChildDetails details() {
        return detailsWith(mosaicPersonReference);
    }

    /** As typed, but with the record's own Mosaic person reference: the change form does not offer to change it. */
    ChildDetails detailsWith(String mosaicPersonReference) {
        return new ChildDetails(firstName, lastName,
                new DateOfBirth(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear).iso(), address, phone, email,
                mosaicPersonReference, involvedWorkers);
    }
}
