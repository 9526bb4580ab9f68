package uk.earlyhelp.mosaic.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import uk.earlyhelp.mosaic.delivery.MosaicRefused;
import uk.earlyhelp.mosaic.delivery.MosaicUnavailable;

/** Reads Mosaic's answer to a delivery: its reference, or the failure it amounts to. */
final class MosaicAnswer {

    /** An error code is recorded only if it looks like one: nothing free-form from Mosaic reaches a log. */
    private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private MosaicAnswer() {
    }

    static String referenceFrom(HttpResponse<byte[]> response, ObjectMapper json) {
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            MosaicReceipt receipt = read(response.body(), MosaicReceipt.class, json);
            if (receipt == null || receipt.reference() == null || receipt.reference().isBlank()) {
                throw new MosaicUnavailable("Mosaic answered HTTP " + status + " without a reference");
            }
            return receipt.reference();
        }
        if (status >= 400 && status < 500 && status != 408 && status != 425 && status != 429) {
            MosaicError error = read(response.body(), MosaicError.class, json);
            String code = error == null || error.code() == null || !ERROR_CODE.matcher(error.code()).matches()
                    ? null : error.code();
            throw new MosaicRefused("Mosaic refused the submission: HTTP " + status
                    + (code == null ? "" : " (" + code + ")"));
        }
        throw new MosaicUnavailable("Mosaic answered HTTP " + status);
    }

    private static <T> T read(byte[] body, Class<T> type, ObjectMapper json) {
        try {
            return body == null || body.length == 0 ? null : json.readValue(body, type);
        } catch (IOException e) {
            return null;
        }
    }
}
