package uk.earlyhelp.portal.audit.timeline;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.SafeId;
import uk.earlyhelp.portal.audit.AuditNotFound;

/**
 * Reads one aggregate's events from the event store itself, from sequence 0: never a snapshot (reading from 0 skips
 * it) nor a projection that could have dropped one. Events of an older revision arrive through the upcasters, as the
 * aggregate reads them. An id of another kind of aggregate (a child record's, for an assessment) finds nothing.
 */
@Component
public class StoredHistory {

    private final EventStore eventStore;

    StoredHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** @throws AuditNotFound if there is no aggregate of this type under the id */
    public List<DomainEventMessage<?>> of(String aggregateType, String aggregateId) {
        if (!SafeId.isSafe(aggregateId)) { // cannot be in the store: not worth a query
            throw new AuditNotFound();
        }
        List<DomainEventMessage<?>> events = new ArrayList<>();
        eventStore.readEvents(aggregateId, 0L).forEachRemaining(events::add);
        if (events.isEmpty() || !aggregateType.equals(events.get(0).getType())) {
            throw new AuditNotFound();
        }
        return events;
    }

    /**
     * The events of an aggregate that may not exist (a practitioner who never asked for a link has no
     * ProfessionalRelationships): none, rather than "Page not found", when there is none of this type under the id.
     */
    public List<DomainEventMessage<?>> ofAny(String aggregateType, String aggregateId) {
        try {
            return of(aggregateType, aggregateId);
        } catch (AuditNotFound none) {
            return List.of();
        }
    }

    /** One entry of an event's metadata as text ("" when absent), e.g. its acting user or correlation id. */
    public static String metadata(DomainEventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? "" : value.toString();
    }
}
