package uk.earlyhelp.assessment.api;

import uk.earlyhelp.assessment.form.FilledForm;

/**
 * One assessment as it stands: what the wizard, check-your-answers and the read-only view show.
 *
 * @param delivery where its delivery into Mosaic stands; null while it is a draft
 */
public record AssessmentView(String assessmentId, String formId, int formVersion, String authorId, FilledForm filled,
                             boolean finished, String mosaicReference, DeliveryStatus delivery) {
}
