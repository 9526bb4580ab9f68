package uk.earlyhelp.assessment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The retention schedule deletes a draft nobody has changed for the retention period. It names the version (the
 * sequence number of the last event) the schedule judged untouched: if anything was recorded since (the author saved
 * a moment ago, on any node), Axon refuses the command with a conflict and nothing is deleted.
 */
public record DeleteUntouchedDraft(@TargetAggregateIdentifier String assessmentId,
                                   @TargetAggregateVersion long untouchedSinceVersion) {
}
