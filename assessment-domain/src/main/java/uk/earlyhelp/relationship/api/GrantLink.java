package uk.earlyhelp.relationship.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The coordinator grants a pending request, linking the practitioner to the child record they matched it to, as the
 * child's key worker ({@code keyWorkerConfirmed}: the coordinator confirms that is what the practitioner is).
 */
public record GrantLink(@TargetAggregateIdentifier String practitionerId, String linkId, String childId,
                        boolean keyWorkerConfirmed, String coordinatorId, String coordinatorLocality) {
}
