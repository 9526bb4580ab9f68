package uk.earlyhelp.portal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.api.FetchAssessment;
import uk.earlyhelp.mosaic.standin.MosaicStandIn;

/** The case record in Mosaic holds the document the practitioner downloads: delivered with the assessment. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mosaic.delivery.enabled=true", "mosaic.stand-in.enabled=true"})
class PdfInMosaicTest extends PdfTest {

    @Autowired
    MosaicStandIn standIn;
    @Autowired
    QueryGateway queries;

    @Test
    void aFinishedAssessmentReachesMosaicWithThePdfItsAuthorDownloads() throws Exception {
        String id = create(AssessmentScript::finished);
        String reference = delivered(id);

        JsonNode document = new ObjectMapper().readTree(standIn.store().body(id).orElseThrow()).path("document");
        byte[] inMosaic = Base64.getDecoder().decode(document.path("content").asText());
        MockHttpServletResponse download = download(id, PRACTITIONER);
        byte[] downloaded = download.getContentAsByteArray();

        assertThat(document.path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(document.path("sha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inMosaic)));
        assertThat(download.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"" + document.path("fileName").asText() + "\"");
        assertThat(PdfUaValidation.failures(inMosaic)).as("PDF/UA-1 failures of Mosaic's copy").isEmpty();
        // The same content, line for line; only the practitioner's copy says what Mosaic called it, since Mosaic's
        // copy was printed before Mosaic answered (and Mosaic knows its own reference).
        String referenceLine = "Mosaic reference: " + reference;
        assertThat(text(downloaded)).contains(referenceLine);
        assertThat(content(inMosaic)).isEqualTo(content(downloaded).stream().filter(line -> !line.equals(referenceLine)).toList());
        assertThat(text(inMosaic)).contains("Submitted on", "Zoë Nguyễn", "Secure housing").doesNotContain("Mosaic reference");
    }

    private String delivered(String id) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            String reference = queries.query(new FetchAssessment(id), AssessmentView.class).join().mosaicReference();
            if (reference != null) return reference;
            Thread.sleep(100);
        }
        throw new AssertionError("assessment " + id + " was not delivered to Mosaic within 30 s");
    }

    /** The printed lines without the page furniture (running header and footer), which shifts with page breaks. */
    private static List<String> content(byte[] pdf) {
        return Arrays.stream(text(pdf).split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty() && !line.matches("Page\\s.*of.*") && !line.endsWith("– submitted"))
                .toList();
    }
}
