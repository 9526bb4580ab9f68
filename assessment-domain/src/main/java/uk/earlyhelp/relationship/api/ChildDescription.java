package uk.earlyhelp.relationship.api;

/**
 * The child a practitioner asks to be linked to, as they describe them: practitioners cannot search the portal's
 * child records, so the coordinator matches this description to a record when granting.
 *
 * @param dateOfBirth {@code yyyy-mm-dd}
 * @param mosaicPersonReference optional: empty if the practitioner does not know it
 */
public record ChildDescription(String firstName, String lastName, String dateOfBirth, String mosaicPersonReference) {

    public ChildDescription normalised() {
        return new ChildDescription(ChildDetails.clean(firstName), ChildDetails.clean(lastName),
                ChildDetails.clean(dateOfBirth), ChildDetails.clean(mosaicPersonReference));
    }
}
