package uk.earlyhelp.mosaic.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The stand-in accepts a delivery's document only whole: a PDF, named, its SHA-256 matching. */
class DocumentCheckTest {

    private static final byte[] PDF = "%PDF-1.7 an assessment".getBytes(StandardCharsets.ISO_8859_1);

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aWholePdfIsAcceptedAndAnythingElseRefusedNamingTheField() throws Exception {
        assertThat(problem(document("a.pdf", "application/pdf", PDF, sha256(PDF)))).isNull();
        assertThat(problem(null)).as("no document at all").isNull();

        assertThat(problem(document("", "application/pdf", PDF, sha256(PDF)))).isEqualTo("document.fileName is required");
        assertThat(problem(document("a.pdf", "text/html", PDF, sha256(PDF))))
                .isEqualTo("document.mediaType must be application/pdf");
        byte[] html = "<html>".getBytes(StandardCharsets.UTF_8);
        assertThat(problem(document("a.pdf", "application/pdf", html, sha256(html)))).isEqualTo("document.content must be a PDF");
        assertThat(problem(document("a.pdf", "application/pdf", PDF, sha256(html))))
                .isEqualTo("document.sha256 does not match its content");
        ObjectNode notBase64 = document("a.pdf", "application/pdf", PDF, sha256(PDF));
        notBase64.put("content", "not base64!");
        assertThat(problem(notBase64)).isEqualTo("document.content must be base64");
    }

    private String problem(ObjectNode document) throws Exception {
        ObjectNode submission = json.createObjectNode().put("submissionId", "a-1");
        submission.putObject("form").put("id", "early-help-assessment").put("version", 1);
        submission.putArray("familyMembers").addObject().put("memberId", "m1").put("name", "Mary Smith");
        submission.putArray("sections");
        submission.putArray("actionPlan");
        submission.putObject("practitioner");
        submission.putObject("keyPerson");
        if (document != null) {
            submission.set("document", document);
        }
        return SubmissionCheck.problem("a-1", json.writeValueAsBytes(submission), json);
    }

    private ObjectNode document(String fileName, String mediaType, byte[] content, String sha256) {
        return json.createObjectNode().put("fileName", fileName).put("mediaType", mediaType)
                .put("content", Base64.getEncoder().encodeToString(content)).put("sha256", sha256);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
