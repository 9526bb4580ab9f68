package uk.earlyhelp.feed.reading;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * Reads the event store in its global order through Axon's own streaming ({@link EventStorageEngine#readEvents
 * (org.axonframework.eventhandling.TrackingToken, boolean)}), as Axon's tracking processors do: the storage engine
 * keeps the gaps in each {@link GapAwareTrackingToken} and asks for them again, so an event committed late is still
 * read. Events come upcasted to their current revision.
 */
public class EventFeed {

    /** Events looked at per request at most, whatever the filter: a rare type never makes one request read it all. */
    static final int SCAN_FACTOR = 10;

    private final EventStorageEngine storage;

    public EventFeed(EventStorageEngine storage) {
        this.storage = storage;
    }

    /**
     * @param after    null to read from the first event
     * @param wanted   which events go in the page; the others are passed over (the cursor moves past them)
     */
    public FeedPage read(GapAwareTrackingToken after, int limit, Predicate<TrackedEventMessage<?>> wanted) {
        List<FeedEntry> entries = new ArrayList<>();
        String next = after == null ? null : FeedCursor.encode(after);
        int looked = 0;
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(after, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (entries.size() < limit && looked < limit * SCAN_FACTOR && iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                looked++;
                next = FeedCursor.encode((GapAwareTrackingToken) event.trackingToken());
                if (wanted.test(event)) {
                    entries.add(new FeedEntry(event, next));
                }
            }
        }
        return new FeedPage(entries, next);
    }
}
