package uk.earlyhelp.mosaic.delivery;

import java.time.Instant;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.form.FormDefinition;

/**
 * Everything a delivery needs: the assessment as it stands, the form version it was filled in on (for labels and
 * option lists), when and by whom it was finished, and the assessment printed as a document.
 *
 * @param document the PDF for the case record; null when the portal prints none
 */
public record FinishedAssessment(AssessmentView assessment, FormDefinition form, Instant finishedAt,
                                 String finishedBy, AssessmentDocument document) {

    /** Without a document. */
    public FinishedAssessment(AssessmentView assessment, FormDefinition form, Instant finishedAt, String finishedBy) {
        this(assessment, form, finishedAt, finishedBy, null);
    }
}
