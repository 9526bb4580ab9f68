package uk.earlyhelp.query.relationship;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.earlyhelp.relationship.api.ChildRecordList;
import uk.earlyhelp.relationship.api.ChildRecorded;
import uk.earlyhelp.relationship.api.FindChildRecords;

/**
 * A locality's child records, for its coordinator's list. Back-fills from the start of the stream on first run; a
 * reset empties the table so a replay rebuilds it. An event seen twice replaces the row with the same values.
 */
@Component
@ProcessingGroup("child-records")
public class ChildRecordsProjection {

    private final EntityManager entityManager;

    public ChildRecordsProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventHandler
    void on(ChildRecorded event, @Timestamp Instant at) {
        entityManager.merge(new ChildRecordRow(event, at));
    }

    @ResetHandler
    void onReset() {
        entityManager.createQuery("delete from ChildRecordRow").executeUpdate();
    }

    @QueryHandler
    public ChildRecordList handle(FindChildRecords query) {
        return new ChildRecordList(entityManager.createQuery("""
                        select c from ChildRecordRow c where c.locality = :locality
                        order by lower(c.lastName), lower(c.firstName), c.dateOfBirth, c.childId""", ChildRecordRow.class)
                .setParameter("locality", query.locality())
                .getResultStream().map(ChildRecordRow::summary).toList());
    }
}
