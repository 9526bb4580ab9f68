package uk.earlyhelp.relationship.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The coordinator ends an active link: from then on the practitioner cannot open the child's record. */
public record EndLink(@TargetAggregateIdentifier String practitionerId, String linkId, String coordinatorId,
                      String coordinatorLocality) {
}
