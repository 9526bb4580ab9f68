package uk.earlyhelp.query.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.earlyhelp.relationship.api.ChildViewHistory;
import uk.earlyhelp.relationship.api.ViewerRole;

/** One opening of a child's record. Keyed by the event's place in the child's stream, so seeing it twice adds nothing. */
@Entity
@Table(name = "child_view")
class ChildViewRow {

    @Id
    @Column(name = "view_id")
    private String viewId;
    @Column(name = "child_id")
    private String childId;
    @Column(name = "sequence_number")
    private long sequenceNumber;
    @Column(name = "viewer_id")
    private String viewerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "viewer_role")
    private ViewerRole viewerRole;
    @Column(name = "viewed_at")
    private Instant viewedAt;

    protected ChildViewRow() {
        // for JPA
    }

    ChildViewRow(String childId, long sequenceNumber, String viewerId, ViewerRole viewerRole, Instant viewedAt) {
        this.viewId = childId + "/" + sequenceNumber;
        this.childId = childId;
        this.sequenceNumber = sequenceNumber;
        this.viewerId = viewerId;
        this.viewerRole = viewerRole;
        this.viewedAt = viewedAt;
    }

    ChildViewHistory.Entry entry() {
        return new ChildViewHistory.Entry(viewerId, viewerRole, viewedAt);
    }
}
