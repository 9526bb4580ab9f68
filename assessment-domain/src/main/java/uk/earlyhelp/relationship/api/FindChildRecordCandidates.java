package uk.earlyhelp.relationship.api;

/**
 * The child records of a locality a coordinator may match a link request to: at most {@code limit} of them, so that a
 * locality with thousands of children still gives a list that can be read.
 *
 * @param namePart    part of the first name, last name or both ("tom smi"), any case; empty for any name
 * @param dateOfBirth {@code yyyy-mm-dd}; empty for any date
 * @param bornOnFirst {@code yyyy-mm-dd}: records born that day come first (the date the practitioner gave), then by name
 */
public record FindChildRecordCandidates(String locality, String namePart, String dateOfBirth, String bornOnFirst,
                                        int limit) {
}
