package uk.earlyhelp.relationship.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The locality's coordinator replaces what the portal holds about a child with {@code details} (all of them, not only
 * what differs), typed on the change form ({@link ChildSource#COORDINATOR}) or read from a CSV row
 * ({@link ChildSource#CSV_IMPORT}). {@code changedBy} is the coordinator's account id; {@code coordinatorLocality}
 * lets the child refuse another locality's coordinator. The Mosaic person reference cannot change: it identifies the
 * record. Answers whether anything changed ({@link ChildDetailsChangeOutcome}).
 */
public record ChangeChildDetails(@TargetAggregateIdentifier String childId, ChildDetails details, ChildSource source,
                                 String changedBy, String coordinatorLocality) {
}
