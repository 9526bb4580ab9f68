package uk.earlyhelp.query.relationship;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.earlyhelp.relationship.api.ChildViewHistory;
import uk.earlyhelp.relationship.api.ChildViewed;
import uk.earlyhelp.relationship.api.FindChildViews;

/** Who opened each child's record, and when: the history a coordinator sees. The events themselves are the audit. */
@Component
@ProcessingGroup("child-view-history")
public class ChildViewHistoryProjection {

    private final EntityManager entityManager;

    public ChildViewHistoryProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventHandler
    void on(ChildViewed event, @SequenceNumber long sequenceNumber, @Timestamp Instant at) {
        entityManager.merge(new ChildViewRow(event.childId(), sequenceNumber, event.viewerId(), event.viewerRole(), at));
    }

    @ResetHandler
    void onReset() {
        entityManager.createQuery("delete from ChildViewRow").executeUpdate();
    }

    @QueryHandler
    public ChildViewHistory handle(FindChildViews query) {
        return new ChildViewHistory(entityManager.createQuery(
                        "select v from ChildViewRow v where v.childId = :child order by v.sequenceNumber", ChildViewRow.class)
                .setParameter("child", query.childId())
                .getResultStream().map(ChildViewRow::entry).toList());
    }
}
