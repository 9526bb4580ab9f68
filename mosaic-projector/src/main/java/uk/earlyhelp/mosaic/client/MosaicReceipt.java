package uk.earlyhelp.mosaic.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Mosaic's answer to a delivery: 201 when it created the workflow step, 200 when the submission id was known and
 * nothing was created; the reference is the same either way.
 *
 * @param reference  Mosaic's workflow step id
 * @param receivedAt when Mosaic first received the submission (ISO-8601)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MosaicReceipt(String submissionId, String reference, String receivedAt) {
}
