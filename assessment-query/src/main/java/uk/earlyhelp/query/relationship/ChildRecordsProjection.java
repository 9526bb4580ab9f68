package uk.earlyhelp.query.relationship;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.earlyhelp.relationship.api.ChildDetailChanges;
import uk.earlyhelp.relationship.api.ChildDetailsChanged;
import uk.earlyhelp.relationship.api.ChildRecordList;
import uk.earlyhelp.relationship.api.ChildRecorded;
import uk.earlyhelp.relationship.api.FindChildDetailChanges;
import uk.earlyhelp.relationship.api.FindChildRecordCandidates;
import uk.earlyhelp.relationship.api.FindChildRecords;

/**
 * A locality's child records, for its coordinator's list, with their current details (the linked-children panel joins
 * them), and the history of changes to each record's details. Back-fills from the start of the stream on first run;
 * a reset empties both tables so a replay rebuilds them. An event seen twice replaces the row with the same values.
 * The history is kept here, not by a processor of its own, because which details a change changed is known only
 * against the details before it, which this table holds.
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

    @EventHandler
    void on(ChildDetailsChanged event, @SequenceNumber long sequenceNumber, @Timestamp Instant at) {
        ChildRecordRow row = entityManager.find(ChildRecordRow.class, event.childId());
        if (row == null) {
            return; // cannot happen: the child's own ChildRecorded came first, in this same processor
        }
        // Seen again (a batch retried): the row already holds the new details, so the history row must stay as it is.
        String changeId = ChildDetailChangeRow.id(event.childId(), sequenceNumber);
        if (entityManager.find(ChildDetailChangeRow.class, changeId) == null) {
            entityManager.persist(new ChildDetailChangeRow(event.childId(), sequenceNumber, event.changedBy(),
                    event.source(), ChildDetailChangeRow.differences(row.details(), event.details()), at));
        }
        row.changeTo(event.details());
    }

    @ResetHandler
    void onReset() {
        entityManager.createQuery("delete from ChildDetailChangeRow").executeUpdate();
        entityManager.createQuery("delete from ChildRecordRow").executeUpdate();
    }

    /**
     * A name part is matched anywhere in the first name, the last name or both together, in any case; its own
     * {@code %} and {@code _} match only themselves. A locality's rows are found by its index; thousands of them are
     * filtered in moments, and only {@code limit} leave the database.
     */
    @QueryHandler
    public ChildRecordList handle(FindChildRecordCandidates query) {
        String part = query.namePart() == null ? "" : query.namePart().strip().toLowerCase(Locale.ROOT);
        LocalDate bornOn = query.dateOfBirth() == null || query.dateOfBirth().isEmpty() ? null
                : LocalDate.parse(query.dateOfBirth());
        return new ChildRecordList(entityManager.createQuery("""
                        select c from ChildRecordRow c where c.locality = :locality
                        and (:anyName = true or lower(c.firstName) like :part escape '\\'
                             or lower(c.lastName) like :part escape '\\'
                             or lower(concat(c.firstName, ' ', c.lastName)) like :part escape '\\')
                        and (:anyDate = true or c.dateOfBirth = :bornOn)
                        order by case when c.dateOfBirth = :first then 0 else 1 end,
                                 lower(c.lastName), lower(c.firstName), c.dateOfBirth, c.childId""", ChildRecordRow.class)
                .setParameter("locality", query.locality())
                .setParameter("anyName", part.isEmpty())
                .setParameter("part", "%" + part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .setParameter("anyDate", bornOn == null)
                .setParameter("bornOn", bornOn == null ? LocalDate.EPOCH : bornOn)
                .setParameter("first", LocalDate.parse(query.bornOnFirst()))
                .setMaxResults(query.limit())
                .getResultStream().map(ChildRecordRow::summary).toList());
    }

    @QueryHandler
    public ChildRecordList handle(FindChildRecords query) {
        return new ChildRecordList(entityManager.createQuery("""
                        select c from ChildRecordRow c where c.locality = :locality
                        order by lower(c.lastName), lower(c.firstName), c.dateOfBirth, c.childId""", ChildRecordRow.class)
                .setParameter("locality", query.locality())
                .getResultStream().map(ChildRecordRow::summary).toList());
    }

    @QueryHandler
    public ChildDetailChanges handle(FindChildDetailChanges query) {
        return new ChildDetailChanges(entityManager.createQuery("""
                        select c from ChildDetailChangeRow c where c.childId = :child
                        order by c.sequenceNumber""", ChildDetailChangeRow.class)
                .setParameter("child", query.childId())
                .getResultStream().map(ChildDetailChangeRow::entry).toList());
    }
}
