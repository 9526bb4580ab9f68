package uk.earlyhelp.relationship.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ends every active link of a practitioner at once, e.g. {@link LinkEndReason#ACCOUNT_EXPIRED} when their account
 * expires; {@code endedBy} is whoever decided it ("system" for the portal itself).
 */
public record EndAllLinks(@TargetAggregateIdentifier String practitionerId, LinkEndReason reason, String endedBy) {
}
