package uk.earlyhelp.relationship.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A practitioner asks to be linked to a child, with the reason; the request goes to the coordinator of
 * {@code locality} (the practitioner's own). {@code practitionerId} is their account id.
 */
public record RequestLink(@TargetAggregateIdentifier String practitionerId, String linkId, String locality,
                          ChildDescription child, String reason) {
}
