package uk.earlyhelp.portal.myassessments;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Waits until a streaming processor has handled every event now in the store: every segment claimed,
 * none failing, each at or past the store's head (so past any replay's reset point, which lies at or before the
 * head; a segment reports "replaying" until it sees an event beyond that point, which may never come in a test).
 * Polls against a deadline; no fixed sleeps.
 */
public final class ProjectionCatchUp {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(10);

    private final StreamingEventProcessor processor;
    private final EventStore eventStore;
    private final TokenStore tokenStore;

    public ProjectionCatchUp(String processingGroup, EventProcessingConfiguration processing, EventStore eventStore,
                      TokenStore tokenStore) {
        this.processor = processing.eventProcessor(processingGroup, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor " + processingGroup));
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
    }

    public StreamingEventProcessor processor() {
        return processor;
    }

    public void await() {
        long head = eventStore.createHeadToken().position().orElse(-1);
        long giveUpAt = System.nanoTime() + DEADLINE.toNanos();
        while (!caughtUpWith(head)) {
            if (System.nanoTime() > giveUpAt) {
                throw new AssertionError(processor.getName() + " did not reach event " + head + " within " + DEADLINE
                        + ": " + processor.processingStatus());
            }
            LockSupport.parkNanos(POLL_INTERVAL.toNanos());
        }
    }

    private boolean caughtUpWith(long head) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        int segments = tokenStore.fetchSegments(processor.getName()).length;
        return processor.isRunning() && segments > 0 && status.size() == segments
                && status.values().stream().allMatch(segment -> !segment.isErrorState()
                && segment.getCurrentPosition().orElse(-1) >= head);
    }
}
