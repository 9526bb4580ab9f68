package uk.earlyhelp.mosaic.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What the stand-in checks before it accepts a delivery: the contract's required fields. A refusal names the field,
 * never its value (a real Mosaic's error messages are not under the portal's control; the stand-in's are).
 */
final class SubmissionCheck {

    static final int MAX_KEY_LENGTH = 255;

    private SubmissionCheck() {
    }

    /** @return what is wrong, or null when the delivery keeps the contract */
    static String problem(String idempotencyKey, byte[] body, ObjectMapper json) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            return "The Idempotency-Key header is required (1 to 255 characters)";
        }
        JsonNode submission;
        try {
            submission = json.readTree(body);
        } catch (IOException e) {
            return "The body is not JSON";
        }
        if (submission == null || !submission.isObject()) {
            return "The body must be a JSON object";
        }
        if (!idempotencyKey.equals(submission.path("submissionId").asText(null))) {
            return "submissionId must equal the Idempotency-Key header";
        }
        if (!submission.path("form").path("id").isTextual() || !submission.path("form").path("version").isInt()) {
            return "form.id and form.version are required";
        }
        if (!submission.path("familyMembers").isArray() || submission.path("familyMembers").isEmpty()) {
            return "familyMembers must list at least one member";
        }
        for (String array : new String[] {"sections", "actionPlan"}) {
            if (!submission.path(array).isArray()) {
                return array + " must be an array";
            }
        }
        for (String object : new String[] {"practitioner", "keyPerson"}) {
            if (!submission.path(object).isObject()) {
                return object + " is required";
            }
        }
        JsonNode document = submission.path("document");
        return document.isMissingNode() || document.isNull() ? null : documentProblem(document);
    }

    /** The optional document: a PDF, whole (its SHA-256 matches), with a file name. */
    private static String documentProblem(JsonNode document) {
        if (!document.path("fileName").isTextual() || document.path("fileName").asText().isBlank()) {
            return "document.fileName is required";
        }
        if (!"application/pdf".equals(document.path("mediaType").asText(null))) {
            return "document.mediaType must be application/pdf";
        }
        byte[] content;
        try {
            content = Base64.getDecoder().decode(document.path("content").asText(""));
        } catch (IllegalArgumentException e) {
            return "document.content must be base64";
        }
        if (content.length < 5 || !new String(content, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return "document.content must be a PDF";
        }
        try {
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            return sha256.equals(document.path("sha256").asText(null)) ? null : "document.sha256 does not match its content";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
