package uk.earlyhelp.relationship.api;

import java.time.Instant;

/**
 * A request for a link and what became of it.
 *
 * @param childId the child record it was granted for (null unless granted)
 * @param decidedBy account id of the coordinator who granted or declined, or of whoever withdrew it (the practitioner,
 *                  or "system"); null while pending
 * @param decidedAt when it was granted, declined or withdrawn
 * @param outcomeReason why it was declined, why it ended (the {@link LinkEndReason}'s name) or why it was withdrawn
 *                      (the {@link WithdrawalReason}'s name); null otherwise
 */
public record LinkRequestSummary(String linkId, String practitionerId, String locality, ChildDescription child,
                                 String reason, LinkStatus status, Instant requestedAt, String childId,
                                 String decidedBy, Instant decidedAt, String outcomeReason) {
}
