package uk.earlyhelp.assessment.api;

import org.axonframework.serialization.Revision;

/**
 * A draft was deleted, by whom and why. Revision 1 (no reason) could only be its author's deletion, and is read as
 * that ({@link AssessmentDeletedUpcaster}).
 *
 * @param deletedBy the acting user: the author, or {@code retention} when the retention schedule deleted it
 */
@Revision("2")
public record AssessmentDeleted(String assessmentId, String deletedBy, DeletionReason reason) {

    /** The author's (or another user's) own deletion from My Assessments. */
    public AssessmentDeleted(String assessmentId, String deletedBy) {
        this(assessmentId, deletedBy, DeletionReason.DELETED_BY_USER);
    }
}
