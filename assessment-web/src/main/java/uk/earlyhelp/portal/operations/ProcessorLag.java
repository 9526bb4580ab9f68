package uk.earlyhelp.portal.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * How far each streaming processor is behind the event store's head, in events: the head's position less the
 * furthest-behind segment this node processes. Axon's own latency gauge says how old the last handled event was;
 * this says how many are still waiting. Segments claimed by another node are that node's to report.
 */
@Component
public class ProcessorLag {

    /** One processor as this node sees it; {@code lag} empty while none of its segments here has a position yet. */
    public record Status(boolean running, boolean error, int segments, OptionalLong lag) {
    }

    // A scrape asks for every processor's lag at once: one read of the head serves them all.
    private static final Duration HEAD_KEPT = Duration.ofSeconds(1);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Clock clock;
    private volatile long head = -1;
    private volatile Instant headReadAt = Instant.MIN;

    ProcessorLag(EventProcessingConfiguration processing, EventStore eventStore, Clock clock) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    /** Every streaming processor by name (a processing group's name: configuration, never data). */
    public Map<String, Status> all() {
        Map<String, Status> all = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor) {
                all.put(name, of(name));
            }
        });
        return all;
    }

    public Status of(String name) {
        EventProcessor found = processing.eventProcessors().get(name);
        if (!(found instanceof StreamingEventProcessor processor)) {
            return new Status(false, false, 0, OptionalLong.empty());
        }
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        boolean error = segments.values().stream().anyMatch(EventTrackerStatus::isErrorState);
        // A segment that has handled nothing yet has no position; the others say how far behind the processor is.
        OptionalLong furthestBehind = segments.values().stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min();
        OptionalLong lag = furthestBehind.isPresent()
                ? OptionalLong.of(Math.max(0, head() - furthestBehind.getAsLong())) : OptionalLong.empty();
        return new Status(processor.isRunning(), error, segments.size(), lag);
    }

    private long head() {
        Instant now = clock.instant();
        if (now.isAfter(headReadAt.plus(HEAD_KEPT))) {
            TrackingToken token = eventStore.createHeadToken();
            head = token == null ? -1 : token.position().orElse(-1);
            headReadAt = now;
        }
        return head;
    }
}
