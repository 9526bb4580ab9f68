package uk.earlyhelp.portal.benchmark;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ApplicationContext;

/**
 * Waits, against a deadline, until a streaming processor has handled every event now in the store: every segment
 * claimed, none failing, each at or past the store's head. The benchmark's twin of the tests' ProjectionCatchUp,
 * with a deadline fit for ten thousand assessments on a busy machine.
 */
final class ProjectionLag {

    private static final Duration DEADLINE = Duration.ofMinutes(10);

    private final StreamingEventProcessor processor;
    private final EventStore eventStore;
    private final TokenStore tokenStore;

    ProjectionLag(ApplicationContext context, String processingGroup) {
        this.processor = context.getBean(EventProcessingConfiguration.class)
                .eventProcessor(processingGroup, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor " + processingGroup));
        this.eventStore = context.getBean(EventStore.class);
        this.tokenStore = context.getBean(TokenStore.class);
    }

    /** @return seconds waited */
    double await() {
        long head = eventStore.createHeadToken().position().orElse(-1);
        long start = System.nanoTime();
        while (!caughtUpWith(head)) {
            if (System.nanoTime() - start > DEADLINE.toNanos()) {
                throw new AssertionError(processor.getName() + " did not reach event " + head + " within " + DEADLINE
                        + ": " + processor.processingStatus());
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private boolean caughtUpWith(long head) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        int segments = tokenStore.fetchSegments(processor.getName()).length;
        return processor.isRunning() && segments > 0 && status.size() == segments
                && status.values().stream().allMatch(segment -> !segment.isErrorState()
                && segment.getCurrentPosition().orElse(-1) >= head);
    }
}
