package uk.earlyhelp.query.relationship;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.earlyhelp.relationship.api.FindLinkedChildren;
import uk.earlyhelp.relationship.api.LinkEnded;
import uk.earlyhelp.relationship.api.LinkGranted;
import uk.earlyhelp.relationship.api.LinkedChildren;

/**
 * Each practitioner's active links, for the dashboard's Professional Relationships panel. The children's details are
 * joined from the child-records read model when asked, not copied here, so each table is rebuilt by its own
 * processor alone. The panel is only a list: opening a child checks the link on the aggregate itself.
 */
@Component
@ProcessingGroup("linked-children")
public class LinkedChildrenProjection {

    private final EntityManager entityManager;

    public LinkedChildrenProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventHandler
    void on(LinkGranted event, @Timestamp Instant at) {
        entityManager.merge(new LinkedChildRow(event.linkId(), event.practitionerId(), event.childId(), at));
    }

    @EventHandler
    void on(LinkEnded event) {
        LinkedChildRow row = entityManager.find(LinkedChildRow.class, event.linkId());
        if (row != null) {
            entityManager.remove(row);
        }
    }

    @ResetHandler
    void onReset() {
        entityManager.createQuery("delete from LinkedChildRow").executeUpdate();
    }

    @QueryHandler
    public LinkedChildren handle(FindLinkedChildren query) {
        return new LinkedChildren(entityManager.createQuery("""
                        select l, c from LinkedChildRow l join ChildRecordRow c on c.childId = l.childId
                        where l.practitionerId = :practitioner
                        order by lower(c.lastName), lower(c.firstName), l.linkId""", Object[].class)
                .setParameter("practitioner", query.practitionerId())
                .getResultStream().map(row -> {
                    LinkedChildRow link = (LinkedChildRow) row[0];
                    ChildRecordRow child = (ChildRecordRow) row[1];
                    return new LinkedChildren.LinkedChild(link.childId(), link.linkId(), child.details(), link.linkedAt());
                }).toList());
    }
}
