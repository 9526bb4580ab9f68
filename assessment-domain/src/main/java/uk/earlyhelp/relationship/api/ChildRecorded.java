package uk.earlyhelp.relationship.api;

import org.axonframework.serialization.Revision;

/** A child record was created in a locality; the assessment fields are empty unless it came from a family member. */
@Revision("1")
public record ChildRecorded(String childId, String locality, ChildDetails details, ChildSource source,
                            String assessmentId, String familyMemberId, String recordedBy) {
}
