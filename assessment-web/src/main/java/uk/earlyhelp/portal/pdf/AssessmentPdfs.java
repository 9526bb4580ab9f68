package uk.earlyhelp.portal.pdf;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.wizard.OpenAssessment;

/**
 * Prints an assessment, as it stands, to a PDF: the one way the portal makes one, for the practitioner's download and
 * for the document delivered with it into Mosaic, so the two hold the same content.
 */
@Component
public class AssessmentPdfs {

    private final PrintedAssessments printing;
    private final SubmissionTimes submissions;
    private final PdfRenderer renderer;
    private final Clock clock;

    AssessmentPdfs(PrintedAssessments printing, SubmissionTimes submissions, PdfRenderer renderer, Clock clock) {
        this.printing = printing;
        this.submissions = submissions;
        this.renderer = renderer;
        this.clock = clock;
    }

    /**
     * The practitioner's copy, draft or submitted. Whoever asks must already be allowed to see it (its author, through
     * {@code WizardAssessments.open}).
     */
    public PdfFile print(OpenAssessment assessment) {
        Instant submittedAt = assessment.finished() ? submissions.submittedAt(assessment.id()).orElse(null) : null;
        return print(assessment, submittedAt, false);
    }

    /**
     * The copy for Mosaic's case record, printed as it is delivered: the practitioner's copy of a submitted assessment
     * but for the line on its delivery into Mosaic.
     */
    public PdfFile printForMosaic(OpenAssessment assessment, Instant submittedAt) {
        return print(assessment, submittedAt, true);
    }

    /**
     * An auditor's copy of the assessment as it stood at a past moment (rebuilt from its events), marked on every page
     * with {@code moment} ("As at …, after event n of N"). Whoever asks must be an auditor.
     */
    public PdfFile printAsAt(OpenAssessment assessment, String moment, int eventNumber) {
        byte[] content = renderer.render(printing.of(assessment, null, false).asAt(moment));
        String name = PdfFileName.of(assessment.form().id(), assessment.id(), assessment.finished(), LocalDate.now(clock));
        return new PdfFile(name.replace(".pdf", "-as-at-event-" + eventNumber + ".pdf"), content);
    }

    private PdfFile print(OpenAssessment assessment, Instant submittedAt, boolean forMosaic) {
        byte[] content = renderer.render(printing.of(assessment, submittedAt, forMosaic));
        LocalDate day = submittedAt == null ? LocalDate.now(clock) : submittedAt.atZone(clock.getZone()).toLocalDate();
        return new PdfFile(PdfFileName.of(assessment.form().id(), assessment.id(), assessment.finished(), day), content);
    }
}
