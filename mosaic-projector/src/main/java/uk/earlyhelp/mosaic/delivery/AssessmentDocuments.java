package uk.earlyhelp.mosaic.delivery;

import java.time.Instant;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.form.FormDefinition;

/**
 * Prints a finished assessment for delivery with it, so Mosaic's case record holds the document the practitioner
 * downloads. Implemented by the portal (its PDF); without an implementation, deliveries carry no document.
 */
public interface AssessmentDocuments {

    /** @param finishedAt when it was submitted, as the document says */
    AssessmentDocument print(AssessmentView assessment, FormDefinition form, Instant finishedAt);
}
