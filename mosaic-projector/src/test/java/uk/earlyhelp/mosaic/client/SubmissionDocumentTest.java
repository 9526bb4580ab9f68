package uk.earlyhelp.mosaic.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.mosaic.delivery.AssessmentDocument;
import uk.earlyhelp.mosaic.delivery.FinishedAssessment;

/** The assessment's PDF travels in the submission as base64 with its SHA-256; without one, the field is left out. */
class SubmissionDocumentTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theDocumentTravelsAsBase64WithItsSha256() throws Exception {
        FinishedAssessment plain = ExampleAssessment.finished("a-1");
        byte[] pdf = "%PDF-1.7 an assessment".getBytes(StandardCharsets.ISO_8859_1);
        FinishedAssessment withDocument = new FinishedAssessment(plain.assessment(), plain.form(), plain.finishedAt(),
                plain.finishedBy(), new AssessmentDocument("early-help-assessment-submitted-2026-01-05-a1.pdf",
                        "application/pdf", pdf));

        JsonNode document = json.readTree(json.writeValueAsBytes(SubmissionTranslation.translate(withDocument)))
                .path("document");

        assertThat(document.path("fileName").asText()).isEqualTo("early-help-assessment-submitted-2026-01-05-a1.pdf");
        assertThat(document.path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(Base64.getDecoder().decode(document.path("content").asText())).isEqualTo(pdf);
        assertThat(document.path("sha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    }

    @Test
    void withoutADocumentTheFieldIsLeftOut() throws Exception {
        JsonNode submission = json.readTree(json.writeValueAsBytes(
                SubmissionTranslation.translate(ExampleAssessment.finished("a-2"))));

        assertThat(submission.has("document")).isFalse();
    }
}
