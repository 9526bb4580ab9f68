package uk.earlyhelp.query.myassessments;

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
import uk.earlyhelp.assessment.api.DeliveryStatus;
import uk.earlyhelp.assessment.api.MyAssessmentSummary;

/** One line of My Assessments, as the projection keeps it. Only the projection changes it. */
@Entity
@Table(name = "my_assessment")
class MyAssessment {

    @Id
    @Column(name = "assessment_id")
    private String assessmentId;
    @Column(name = "author_id")
    private String authorId;
    @Column(name = "form_id")
    private String formId;
    @Column(name = "form_version")
    private int formVersion;
    @Column(name = "form_title")
    private String formTitle;
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private AssessmentStatus status;
    @Column(name = "last_changed")
    private Instant lastChanged;
    @Column(name = "last_section_id")
    private String lastSectionId;
    @Column(name = "mosaic_reference")
    private String mosaicReference;
    // Null for a draft.
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_status")
    private DeliveryStatus deliveryStatus;
    @Column(name = "family_name")
    private String familyName;
    // A list in the order members were added: that is the order the family name shows them in.
    @ElementCollection
    @CollectionTable(name = "my_assessment_family_member", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "member_index")
    private List<FamilyMemberName> familyMembers = new ArrayList<>();

    protected MyAssessment() {
        // for JPA
    }

    MyAssessment(String assessmentId, String authorId, String formId, int formVersion, String formTitle,
                 Instant startedAt) {
        this.assessmentId = assessmentId;
        this.authorId = authorId;
        this.formId = formId;
        this.formVersion = formVersion;
        this.formTitle = formTitle;
        this.status = AssessmentStatus.PART_COMPLETED;
        this.lastChanged = startedAt;
        this.familyName = "";
    }

    String formId() {
        return formId;
    }

    int formVersion() {
        return formVersion;
    }

    /** A change the practitioner made; {@code sectionId} is where reopening the draft resumes (null: unchanged). */
    void changed(Instant at, String sectionId) {
        lastChanged = at;
        if (sectionId != null) {
            lastSectionId = sectionId;
        }
    }

    void memberNamed(String memberId, String name) {
        FamilyMemberName named = new FamilyMemberName(memberId, name);
        int index = indexOf(memberId);
        if (index < 0) {
            familyMembers.add(named);
        } else {
            familyMembers.set(index, named); // a change keeps the member's place in the family name
        }
        familyName = joinedNames();
    }

    void memberRemoved(String memberId) {
        familyMembers.removeIf(member -> member.memberId().equals(memberId));
        familyName = joinedNames();
    }

    void finished(Instant at) {
        status = AssessmentStatus.SUBMITTED;
        lastChanged = at;
        if (deliveryStatus == null) { // the same event seen again must not undo a later outcome
            deliveryStatus = DeliveryStatus.SENDING;
        }
    }

    void deliveredToMosaic(String reference) {
        mosaicReference = reference;
        deliveryStatus = DeliveryStatus.RECEIVED;
    }

    void mosaicDeliveryFailed(boolean retrying) {
        if (deliveryStatus != DeliveryStatus.RECEIVED) { // received is final, whatever arrives late
            deliveryStatus = DeliveryStatus.afterFailure(retrying);
        }
    }

    MyAssessmentSummary summary() {
        return new MyAssessmentSummary(assessmentId, formTitle, familyName, status, lastChanged, lastSectionId,
                mosaicReference, deliveryStatus);
    }

    private int indexOf(String memberId) {
        for (int i = 0; i < familyMembers.size(); i++) {
            if (familyMembers.get(i).memberId().equals(memberId)) {
                return i;
            }
        }
        return -1;
    }

    private String joinedNames() {
        return familyMembers.stream().map(FamilyMemberName::name).filter(name -> !name.isBlank())
                .collect(Collectors.joining(", "));
    }
}
