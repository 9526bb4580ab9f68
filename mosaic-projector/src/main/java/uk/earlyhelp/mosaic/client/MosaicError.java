package uk.earlyhelp.mosaic.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The body of a refusal. Only the code is ever recorded or logged by the portal: the message is for people reading
 * Mosaic's side and might quote the submission.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MosaicError(String code, String message) {
}
