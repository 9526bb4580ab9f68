package uk.earlyhelp.relationship.api;

/** One child record as the aggregate holds it: what access decisions and the child's page are made from. */
public record ChildRecord(String childId, String locality, ChildDetails details, ChildSource source,
                          String assessmentId, String familyMemberId) {
}
