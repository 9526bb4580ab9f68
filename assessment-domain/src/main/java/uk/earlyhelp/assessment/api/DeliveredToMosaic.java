package uk.earlyhelp.assessment.api;

import org.axonframework.serialization.Revision;

/** Mosaic holds the finished assessment under this reference (its workflow step id). */
@Revision("1")
public record DeliveredToMosaic(String assessmentId, String mosaicReference) {
}
