package uk.earlyhelp.relationship.api;

/**
 * The basic details the portal holds about a child: what a linked practitioner sees. Optional values are empty
 * strings, never null, once recorded.
 *
 * @param dateOfBirth {@code yyyy-mm-dd}
 * @param involvedWorkers free text: the professionals working with the child and how to reach them
 */
public record ChildDetails(String firstName, String lastName, String dateOfBirth, String address, String phone,
                           String email, String mosaicPersonReference, String involvedWorkers) {

    /** Surrounding spaces dropped and nulls made empty, as the aggregate records them. */
    public ChildDetails normalised() {
        return new ChildDetails(clean(firstName), clean(lastName), clean(dateOfBirth), clean(address), clean(phone),
                clean(email), clean(mosaicPersonReference), clean(involvedWorkers));
    }

    static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
