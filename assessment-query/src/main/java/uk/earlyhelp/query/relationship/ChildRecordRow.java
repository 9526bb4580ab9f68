package uk.earlyhelp.query.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.earlyhelp.relationship.api.ChildDetails;
import uk.earlyhelp.relationship.api.ChildRecordSummary;
import uk.earlyhelp.relationship.api.ChildRecorded;
import uk.earlyhelp.relationship.api.ChildSource;

/** One child record as the child-records projection keeps it. Only the projection changes it. */
@Entity
@Table(name = "child_record")
class ChildRecordRow {

    @Id
    @Column(name = "child_id")
    private String childId;
    private String locality;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    private String address;
    private String phone;
    private String email;
    @Column(name = "mosaic_person_reference")
    private String mosaicPersonReference;
    @Column(name = "involved_workers")
    private String involvedWorkers;
    @Enumerated(EnumType.STRING)
    private ChildSource source;
    @Column(name = "assessment_id")
    private String assessmentId;
    @Column(name = "family_member_id")
    private String familyMemberId;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ChildRecordRow() {
        // for JPA
    }

    ChildRecordRow(ChildRecorded event, Instant at) {
        ChildDetails d = event.details();
        childId = event.childId();
        locality = event.locality();
        firstName = d.firstName();
        lastName = d.lastName();
        dateOfBirth = LocalDate.parse(d.dateOfBirth());
        address = d.address();
        phone = d.phone();
        email = d.email();
        mosaicPersonReference = d.mosaicPersonReference();
        involvedWorkers = d.involvedWorkers();
        source = event.source();
        assessmentId = event.assessmentId();
        familyMemberId = event.familyMemberId();
        recordedAt = at;
    }

    /** The child's details as a change replaced them; where the record came from, and when, stay. */
    void changeTo(ChildDetails d) {
        firstName = d.firstName();
        lastName = d.lastName();
        dateOfBirth = LocalDate.parse(d.dateOfBirth());
        address = d.address();
        phone = d.phone();
        email = d.email();
        mosaicPersonReference = d.mosaicPersonReference();
        involvedWorkers = d.involvedWorkers();
    }

    ChildDetails details() {
        return new ChildDetails(firstName, lastName, dateOfBirth.toString(), address, phone, email,
                mosaicPersonReference, involvedWorkers);
    }

    ChildRecordSummary summary() {
        return new ChildRecordSummary(childId, firstName, lastName, dateOfBirth.toString(), mosaicPersonReference,
                source, recordedAt);
    }
}
