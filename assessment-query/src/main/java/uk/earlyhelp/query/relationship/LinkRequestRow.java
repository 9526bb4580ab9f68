package uk.earlyhelp.query.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.earlyhelp.relationship.api.ChildDescription;
import uk.earlyhelp.relationship.api.LinkRequestSummary;
import uk.earlyhelp.relationship.api.LinkRequested;
import uk.earlyhelp.relationship.api.LinkStatus;

/** One request for a link and what became of it, as the link-requests projection keeps it. */
@Entity
@Table(name = "link_request")
class LinkRequestRow {

    @Id
    @Column(name = "link_id")
    private String linkId;
    @Column(name = "practitioner_id")
    private String practitionerId;
    private String locality;
    @Column(name = "child_first_name")
    private String childFirstName;
    @Column(name = "child_last_name")
    private String childLastName;
    @Column(name = "child_date_of_birth")
    private String childDateOfBirth;
    @Column(name = "child_mosaic_reference")
    private String childMosaicReference;
    private String reason;
    @Enumerated(EnumType.STRING)
    private LinkStatus status;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "child_id")
    private String childId;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "outcome_reason")
    private String outcomeReason;

    protected LinkRequestRow() {
        // for JPA
    }

    LinkRequestRow(LinkRequested event, Instant at) {
        linkId = event.linkId();
        practitionerId = event.practitionerId();
        locality = event.locality();
        childFirstName = event.child().firstName();
        childLastName = event.child().lastName();
        childDateOfBirth = event.child().dateOfBirth();
        childMosaicReference = event.child().mosaicPersonReference();
        reason = event.reason();
        status = LinkStatus.PENDING;
        requestedAt = at;
    }

    void granted(String grantedChildId, String coordinatorId, Instant at) {
        decided(LinkStatus.ACTIVE, coordinatorId, at, null);
        childId = grantedChildId;
    }

    void declined(String coordinatorId, Instant at, String why) {
        decided(LinkStatus.DECLINED, coordinatorId, at, why);
    }

    /** Closed before a decision: who withdrew it (the practitioner, or "system") and why. */
    void withdrawn(String by, Instant at, String why) {
        decided(LinkStatus.WITHDRAWN, by, at, why);
    }

    /** The grant's coordinator and date stay; the ending is told by the status and its reason. */
    void ended(String why) {
        status = LinkStatus.ENDED;
        outcomeReason = why;
    }

    private void decided(LinkStatus outcome, String coordinatorId, Instant at, String why) {
        status = outcome;
        decidedBy = coordinatorId;
        decidedAt = at;
        outcomeReason = why;
    }

    LinkRequestSummary summary() {
        return new LinkRequestSummary(linkId, practitionerId, locality,
                new ChildDescription(childFirstName, childLastName, childDateOfBirth, childMosaicReference), reason,
                status, requestedAt, childId, decidedBy, decidedAt, outcomeReason);
    }
}
