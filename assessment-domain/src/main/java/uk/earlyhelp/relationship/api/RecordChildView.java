package uk.earlyhelp.relationship.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Notes that someone opened a child's record (the audit trail of data protection); {@code viewerId} is an account id. */
public record RecordChildView(@TargetAggregateIdentifier String childId, String viewerId, ViewerRole viewerRole) {
}
