package uk.earlyhelp.portal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** Who may download an assessment's PDF, how it arrives, and where it is linked from. */
class PdfDownloadTest extends PdfTest {

    @Autowired
    Clock clock;

    @Test
    void onlyItsAuthorMayDownloadAnAssessment() throws Exception {
        String draft = create(AssessmentScript::draft);
        String finished = create(AssessmentScript::finished);

        for (String id : new String[] {draft, finished}) {
            MockHttpServletResponse someoneElse = download(id, SECOND_PRACTITIONER);
            assertThat(someoneElse.getStatus()).isEqualTo(404);
            assertThat(someoneElse.getContentType()).startsWith("text/html");
            assertThat(someoneElse.getContentAsString()).contains("Page not found").doesNotContain("Nguyễn");

            MockHttpServletResponse signedOut = mvc.perform(get(PdfDownload.path(id))).andReturn().getResponse();
            assertThat(signedOut.getStatus()).isEqualTo(302);
            assertThat(signedOut.getRedirectedUrl()).endsWith("/sign-in");
        }
        assertThat(download("no-such-assessment", PRACTITIONER).getStatus()).isEqualTo(404);
        assertThat(download("not an id", PRACTITIONER).getStatus()).isEqualTo(404);
    }

    @Test
    void theAuthorGetsAnAttachmentNamedForTheFormStatusAndDayAndNeverCached() throws Exception {
        String draft = create(AssessmentScript::draft);
        String finished = create(AssessmentScript::finished);
        String today = LocalDate.now(clock).toString(); // submitted just now, too

        MockHttpServletResponse draftPdf = download(draft, PRACTITIONER);
        MockHttpServletResponse finishedPdf = download(finished, PRACTITIONER);

        assertThat(draftPdf.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"early-help-assessment-draft-"
                + today + "-" + draft.replace("-", "").substring(0, 8) + ".pdf\"");
        assertThat(finishedPdf.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"early-help-assessment-submitted-"
                + today + "-" + finished.replace("-", "").substring(0, 8) + ".pdf\"");
        for (MockHttpServletResponse response : new MockHttpServletResponse[] {draftPdf, finishedPdf}) {
            assertThat(response.getContentType()).isEqualTo("application/pdf");
            assertThat(response.getHeaders("Cache-Control")).anySatisfy(value -> assertThat(value).contains("no-store"));
            assertThat(response.getContentAsByteArray()).startsWith("%PDF-".getBytes());
        }
    }

    @Test
    void myAssessmentsTheConfirmationPageAndTheSubmittedViewLinkToThePdf() throws Exception {
        String draft = create(AssessmentScript::draft);
        String finished = create(AssessmentScript::finished);
        String link = "href=\"/assessments/%s/pdf\"";

        String dashboard = waitForMyAssessments(draft, finished);
        String confirmation = page("/assessments/" + finished + "/confirmation");
        String submitted = page("/assessments/" + finished);

        assertThat(dashboard).contains(link.formatted(draft), link.formatted(finished), "Download PDF",
                "of assessment for Zoë Nguyễn");
        assertThat(confirmation).contains(link.formatted(finished), "Download your assessment as a PDF");
        assertThat(submitted).contains(link.formatted(finished), "Download this assessment as a PDF");
    }

    private String page(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(signedInAs(PRACTITIONER))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    /** My Assessments is a projection, a moment behind the events. */
    private String waitForMyAssessments(String... ids) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            String dashboard = page("/");
            boolean all = java.util.Arrays.stream(ids).allMatch(id -> dashboard.contains("/assessments/" + id + "/pdf"));
            if (all || System.nanoTime() > deadline) return dashboard;
            Thread.sleep(100);
        }
    }
}
