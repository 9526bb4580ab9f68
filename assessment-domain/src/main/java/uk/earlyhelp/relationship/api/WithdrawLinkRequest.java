package uk.earlyhelp.relationship.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A practitioner takes back one of their own requests while it is still pending. Sent to their own
 * {@code ProfessionalRelationships} only, so nobody can withdraw another practitioner's request.
 */
public record WithdrawLinkRequest(@TargetAggregateIdentifier String practitionerId, String linkId) {
}
