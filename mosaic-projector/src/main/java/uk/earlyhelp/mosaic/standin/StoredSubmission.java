package uk.earlyhelp.mosaic.standin;

import java.time.Instant;

/**
 * One submission the stand-in holds: created once per submission id, however often it was delivered.
 *
 * @param deliveries how many accepted deliveries carried this submission id (1 + the repeats answered with 200)
 */
public record StoredSubmission(String submissionId, String reference, Instant receivedAt, int deliveries) {
}
