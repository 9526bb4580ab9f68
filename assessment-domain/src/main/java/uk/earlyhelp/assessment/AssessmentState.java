package uk.earlyhelp.assessment;

import uk.earlyhelp.assessment.api.DeliveryStatus;
import uk.earlyhelp.assessment.form.FilledForm;

/** Everything an assessment holds, as one value: what tests compare between live and rebuilt aggregates. */
record AssessmentState(String assessmentId, String formId, int formVersion, String authorId, FilledForm filled,
                       boolean finished, String mosaicReference, DeliveryStatus delivery) {
}
