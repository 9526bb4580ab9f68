package uk.earlyhelp.portal.audit.search;

import uk.earlyhelp.assessment.api.AssessmentStatus;
import uk.earlyhelp.assessment.api.AuditedAssessmentSummary;
import uk.earlyhelp.assessment.api.DeliveryStatus;

/** The message key of where a found assessment stands: deleted, draft, or submitted and its delivery. */
final class StatusKey {

    private StatusKey() {
    }

    static String of(AuditedAssessmentSummary item) {
        if (item.deleted()) return "audit.status.DELETED";
        if (item.status() != AssessmentStatus.SUBMITTED) return "audit.status.DRAFT";
        if (item.delivery() == DeliveryStatus.RECEIVED) return "audit.status.DELIVERED";
        if (item.delivery() == DeliveryStatus.RETRYING || item.delivery() == DeliveryStatus.PARKED) {
            return "audit.status.DELIVERY_FAILED";
        }
        return "audit.status.SUBMITTED";
    }
}
