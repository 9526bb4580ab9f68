package uk.earlyhelp.assessment.api;

import org.axonframework.serialization.Revision;

/**
 * A delivery to Mosaic failed; the reason names the failure, never personal data. Recorded when a delivery first
 * fails and whenever it moves between retrying automatically and waiting for an administrator, not on every retry.
 *
 * @param retrying true: an automatic retry is due (the portal tries again by itself); false: the delivery is parked
 *                 until an administrator retries it. Revision 1 had no such field; {@link MosaicDeliveryFailedUpcaster}
 *                 reads those events as retrying (docs/decisions/0011).
 */
@Revision("2")
public record MosaicDeliveryFailed(String assessmentId, String reason, boolean retrying) {
}
