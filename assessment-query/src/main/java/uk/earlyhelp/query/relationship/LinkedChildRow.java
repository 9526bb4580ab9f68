package uk.earlyhelp.query.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An active link: a practitioner and the child they key-work. Removed when the link ends. */
@Entity
@Table(name = "linked_child")
class LinkedChildRow {

    @Id
    @Column(name = "link_id")
    private String linkId;
    @Column(name = "practitioner_id")
    private String practitionerId;
    @Column(name = "child_id")
    private String childId;
    @Column(name = "linked_at")
    private Instant linkedAt;

    protected LinkedChildRow() {
        // for JPA
    }

    LinkedChildRow(String linkId, String practitionerId, String childId, Instant linkedAt) {
        this.linkId = linkId;
        this.practitionerId = practitionerId;
        this.childId = childId;
        this.linkedAt = linkedAt;
    }

    String linkId() {
        return linkId;
    }

    String childId() {
        return childId;
    }

    Instant linkedAt() {
        return linkedAt;
    }
}
