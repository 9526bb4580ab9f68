package uk.earlyhelp.query.reconciliation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.earlyhelp.assessment.api.SubmissionDeliverySummary;

/** One submitted assessment and what became of its delivery. Only the projection changes it. */
@Entity
@Table(name = "submission_delivery")
class SubmissionDelivery {

    @Id
    @Column(name = "assessment_id")
    private String assessmentId;
    @Column(name = "submitted_on")
    private LocalDate submittedOn;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "mosaic_reference")
    private String mosaicReference;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "failures_recorded")
    private int failuresRecorded;
    @Column(name = "last_failure_reason")
    private String lastFailureReason;
    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    protected SubmissionDelivery() {
        // for JPA
    }

    SubmissionDelivery(String assessmentId) {
        this.assessmentId = assessmentId;
    }

    void submitted(LocalDate on, Instant at, String by) {
        submittedOn = on;
        submittedAt = at;
        submittedBy = by;
    }

    void delivered(String reference, Instant at) {
        mosaicReference = reference;
        deliveredAt = at;
    }

    void failed(String reason, Instant at) {
        failuresRecorded++;
        lastFailureReason = reason;
        lastFailureAt = at;
    }

    SubmissionDeliverySummary summary() {
        return new SubmissionDeliverySummary(assessmentId, submittedOn, submittedAt, submittedBy, mosaicReference,
                deliveredAt, failuresRecorded, lastFailureReason, lastFailureAt);
    }
}
