package uk.earlyhelp.relationship.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a child in a locality. {@code assessmentId} and {@code familyMemberId} are given only for
 * {@link ChildSource#ASSESSMENT_FAMILY_MEMBER}; {@code recordedBy} is the coordinator's account id.
 */
public record RecordChild(@TargetAggregateIdentifier String childId, String locality, ChildDetails details,
                          ChildSource source, String assessmentId, String familyMemberId, String recordedBy) {
}
