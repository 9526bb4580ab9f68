package uk.earlyhelp.assessment.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One submitted assessment and its delivery, as recorded in its event stream.
 *
 * @param submittedOn       the day it was finished, in the council's time zone
 * @param mosaicReference   Mosaic's reference once delivered; null until then
 * @param failuresRecorded  delivery failures recorded on it (the first, and each move between retrying and parked)
 * @param lastFailureReason the reason last recorded, if any (never personal data)
 */
public record SubmissionDeliverySummary(String assessmentId, LocalDate submittedOn, Instant submittedAt,
                                        String submittedBy, String mosaicReference, Instant deliveredAt,
                                        int failuresRecorded, String lastFailureReason, Instant lastFailureAt) {
}
