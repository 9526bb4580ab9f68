package uk.earlyhelp.relationship.api;

import java.time.Instant;

/**
 * A request for a link and what became of it.
 *
 * @param childId the child record it was granted for (null unless granted)
 * @param decidedBy account id of the coordinator who granted or declined (null while pending)
 * @param outcomeReason why it was declined, or why it ended (the {@link LinkEndReason}'s name); null otherwise
 */
public record LinkRequestSummary(String linkId, String practitionerId, String locality, ChildDescription child,
                                 String reason, LinkStatus status, Instant requestedAt, String childId,
                                 String decidedBy, Instant decidedAt, String outcomeReason) {
}
