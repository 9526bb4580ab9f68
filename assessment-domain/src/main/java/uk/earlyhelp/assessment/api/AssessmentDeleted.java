package uk.earlyhelp.assessment.api;

import org.axonframework.serialization.Revision;

/**
 * A draft was deleted, by whom and why. Revision 1 (no reason, and the actor by email address) could only be its
 * author's deletion, and is read as that with the address turned into the account id ({@link AssessmentDeletedUpcaster},
 * ADR 0028, 0032).
 *
 * @param deletedBy the acting user's account id, or {@code retention} when the retention schedule deleted it
 */
@Revision("2")
public record AssessmentDeleted(String assessmentId, String deletedBy, DeletionReason reason) {

    /** The author's (or another user's) own deletion from My Assessments. */
    public AssessmentDeleted(String assessmentId, String deletedBy) {
        this(assessmentId, deletedBy, DeletionReason.DELETED_BY_USER);
    }
}
