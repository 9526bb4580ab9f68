package uk.earlyhelp.query.auditsearch;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.earlyhelp.assessment.api.AssessmentStatus;
import uk.earlyhelp.assessment.api.AuditedAssessmentSummary;
import uk.earlyhelp.assessment.api.DeliveryStatus;

/** One assessment in the auditors' search, as the projection keeps it. Only the projection changes it. */
@Entity
@Table(name = "audit_assessment")
class AuditedAssessment {

    @Id
    @Column(name = "assessment_id")
    private String assessmentId;
    @Column(name = "author_id")
    private String authorId;
    @Column(name = "form_title")
    private String formTitle;
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private AssessmentStatus status;
    @Column(name = "deleted")
    private boolean deleted;
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_status")
    private DeliveryStatus deliveryStatus;
    @Column(name = "mosaic_reference")
    private String mosaicReference;
    @Column(name = "last_changed")
    private Instant lastChanged;
    @Column(name = "family_name")
    private String familyName;
    @ElementCollection
    @CollectionTable(name = "audit_assessment_member", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "member_index")
    private List<AuditedMember> members = new ArrayList<>();

    protected AuditedAssessment() {
        // for JPA
    }

    AuditedAssessment(String assessmentId, String authorId, String formTitle, Instant startedAt) {
        this.assessmentId = assessmentId;
        this.authorId = authorId;
        this.formTitle = formTitle;
        this.status = AssessmentStatus.PART_COMPLETED;
        this.lastChanged = startedAt;
        this.familyName = "";
    }

    /** Any event is a change an auditor may search by: the latest one's time. */
    void changed(Instant at) {
        if (lastChanged == null || at.isAfter(lastChanged)) {
            lastChanged = at;
        }
    }

    void memberNamed(String memberId, String name) {
        AuditedMember named = new AuditedMember(memberId, name, false);
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).memberId().equals(memberId) && !members.get(i).removed()) {
                members.set(i, named); // a change keeps the member's place
                familyName = currentNames();
                return;
            }
        }
        members.add(named);
        familyName = currentNames();
    }

    void memberRemoved(String memberId) {
        members.replaceAll(member -> member.memberId().equals(memberId) ? member.asRemoved() : member);
        familyName = currentNames();
    }

    void finished() {
        status = AssessmentStatus.SUBMITTED;
        if (deliveryStatus == null) {
            deliveryStatus = DeliveryStatus.SENDING;
        }
    }

    void deleted() {
        deleted = true;
    }

    void deliveredToMosaic(String reference) {
        mosaicReference = reference;
        deliveryStatus = DeliveryStatus.RECEIVED;
    }

    void mosaicDeliveryFailed(boolean retrying) {
        if (deliveryStatus != DeliveryStatus.RECEIVED) {
            deliveryStatus = DeliveryStatus.afterFailure(retrying);
        }
    }

    AuditedAssessmentSummary summary() {
        return new AuditedAssessmentSummary(assessmentId, formTitle, familyName, authorId, status, deleted,
                deliveryStatus, mosaicReference, lastChanged);
    }

    private String currentNames() {
        return members.stream().filter(member -> !member.removed()).map(AuditedMember::name)
                .filter(name -> !name.isBlank()).collect(Collectors.joining(", "));
    }
}
