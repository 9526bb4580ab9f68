package uk.earlyhelp.assessment;

import java.util.Map;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.api.DeliveryStatus;
import uk.earlyhelp.assessment.form.FilledForm;

/** Everything an assessment holds, as one value: what tests compare between live and rebuilt aggregates. */
record AssessmentState(String assessmentId, String formId, int formVersion, String authorId, FilledForm filled,
                       boolean finished, String mosaicReference, DeliveryStatus delivery,
                       Map<String, Integer> sectionVersions) {

    /** The same, as readers outside the domain see it. */
    AssessmentView view() {
        return new AssessmentView(assessmentId, formId, formVersion, authorId, filled, finished, mosaicReference, delivery,
                sectionVersions);
    }
}
