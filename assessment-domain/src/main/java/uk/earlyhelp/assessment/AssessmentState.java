package uk.earlyhelp.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.api.DeliveryStatus;
import uk.earlyhelp.assessment.form.FilledForm;

/**
 * Everything an assessment holds, as one value: what tests compare between live and rebuilt aggregates (and from a
 * snapshot), the sections' edits included, so a merge decides the same however the aggregate was loaded.
 */
record AssessmentState(String assessmentId, String formId, int formVersion, String authorId, FilledForm filled,
                       boolean finished, String mosaicReference, DeliveryStatus delivery,
                       Map<String, SectionEdits> edits) {

    /** The same, as readers outside the domain see it. */
    AssessmentView view() {
        return new AssessmentView(assessmentId, formId, formVersion, authorId, filled, finished, mosaicReference, delivery,
                sectionVersions());
    }

    private Map<String, Integer> sectionVersions() {
        Map<String, Integer> versions = new LinkedHashMap<>();
        edits.forEach((sectionId, section) -> versions.put(sectionId, section.version()));
        return versions;
    }
}
