package uk.earlyhelp.relationship.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The coordinator declines a pending request; the reason is emailed to the practitioner. */
public record DeclineLink(@TargetAggregateIdentifier String practitionerId, String linkId, String reason,
                          String coordinatorId, String coordinatorLocality) {
}
