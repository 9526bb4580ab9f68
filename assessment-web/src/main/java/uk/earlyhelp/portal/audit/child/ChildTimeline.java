package uk.earlyhelp.portal.audit.child;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.audit.link.LinkEventWording;
import uk.earlyhelp.portal.audit.link.LinkEvents;
import uk.earlyhelp.portal.audit.timeline.EventRows;
import uk.earlyhelp.portal.audit.timeline.StoredHistory;

/**
 * A child record's whole history from the store: the Child aggregate's own events (recorded, changed, each opening by
 * whom) and the events of every link granted for it (the request that led to it, the grant, its end), by time.
 */
@Component
public class ChildTimeline {

    static final String AGGREGATE_TYPE = "Child";

    private final StoredHistory store;
    private final LinkEvents links;
    private final EventRows rows;
    private final ChildEventWording childWording;
    private final LinkEventWording linkWording;

    ChildTimeline(StoredHistory store, LinkEvents links, EventRows rows, ChildEventWording childWording,
                  LinkEventWording linkWording) {
        this.store = store;
        this.links = links;
        this.rows = rows;
        this.childWording = childWording;
        this.linkWording = linkWording;
    }

    /** @throws uk.earlyhelp.portal.audit.AuditNotFound if there is no child record under the id */
    public EventRows.Merged of(String childId) {
        List<DomainEventMessage<?>> events = new ArrayList<>(store.of(AGGREGATE_TYPE, childId));
        events.addAll(links.ofChild(childId));
        return rows.of(events, (payload, who) -> linkWording.of(payload, who).orElseGet(() -> childWording.of(payload)));
    }
}
