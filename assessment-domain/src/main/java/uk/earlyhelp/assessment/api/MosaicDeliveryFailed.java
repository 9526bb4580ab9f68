package uk.earlyhelp.assessment.api;

import org.axonframework.serialization.Revision;

/** A delivery to Mosaic failed; the reason names the failure, never personal data. */
@Revision("1")
public record MosaicDeliveryFailed(String assessmentId, String reason) {
}
