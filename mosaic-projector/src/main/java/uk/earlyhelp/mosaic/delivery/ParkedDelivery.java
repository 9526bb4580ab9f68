package uk.earlyhelp.mosaic.delivery;

import java.time.Instant;

/**
 * A delivery waiting in the dead-letter queue, as an administrator sees it.
 *
 * @param finishedAt     when its practitioner finished the assessment (the time of the event being delivered)
 * @param reason         why its last attempt failed (never personal data)
 * @param failedAttempts attempts that failed so far
 * @param firstFailedAt  when it was parked
 * @param lastAttemptAt  when it was last tried
 * @param nextAttemptAt  when it will be retried automatically; null when only an administrator can retry it
 */
public record ParkedDelivery(String assessmentId, Instant finishedAt, ParkedState state, String reason,
                             int failedAttempts, Instant firstFailedAt, Instant lastAttemptAt, Instant nextAttemptAt) {
}
