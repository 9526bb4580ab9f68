package uk.earlyhelp.portal.retention.submitted;

import java.time.Instant;

/**
 * A submitted assessment whose retention period is over: what its receipt will say once it is erased.
 *
 * @param mosaicReference where Mosaic holds the council's record of it; null if it never reached Mosaic
 */
public record DueForErasure(String assessmentId, Instant submittedAt, Instant dueAt, String mosaicReference) {
}
