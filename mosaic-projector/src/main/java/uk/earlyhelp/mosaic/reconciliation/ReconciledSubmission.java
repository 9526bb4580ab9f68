package uk.earlyhelp.mosaic.reconciliation;

import java.time.Instant;

/**
 * One line of the daily check.
 *
 * @param reason why the last attempt failed, for {@link DeliveryState#RETRYING} and {@link DeliveryState#PARKED}
 */
public record ReconciledSubmission(String assessmentId, Instant submittedAt, String submittedBy, DeliveryState state,
                                   String mosaicReference, Instant deliveredAt, String reason) {
}
