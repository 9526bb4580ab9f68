package uk.earlyhelp.assessment.api;

import java.util.Map;
import uk.earlyhelp.assessment.form.FilledForm;

/**
 * One assessment as it stands: what the wizard, check-your-answers and the read-only view show.
 *
 * @param delivery        where its delivery into Mosaic stands; null while it is a draft
 * @param sectionVersions how many times each section's answers have been saved: the version a page's save is based on
 */
public record AssessmentView(String assessmentId, String formId, int formVersion, String authorId, FilledForm filled,
                             boolean finished, String mosaicReference, DeliveryStatus delivery,
                             Map<String, Integer> sectionVersions) {

    public AssessmentView {
        sectionVersions = sectionVersions == null ? Map.of() : Map.copyOf(sectionVersions);
    }

    /** A view without section versions (readers that never save). */
    public AssessmentView(String assessmentId, String formId, int formVersion, String authorId, FilledForm filled,
                          boolean finished, String mosaicReference, DeliveryStatus delivery) {
        this(assessmentId, formId, formVersion, authorId, filled, finished, mosaicReference, delivery, Map.of());
    }

    /** The version of a section's answers: 0 before its first save. */
    public int sectionVersion(String sectionId) {
        return sectionVersions.getOrDefault(sectionId, 0);
    }
}
