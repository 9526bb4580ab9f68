package uk.earlyhelp.portal.readmodel;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * The batches of events a processor could not commit on this portal (a database failure, say, which no one event's
 * handler sees, so it cannot be dead-lettered): Axon rolls the batch back and its pooled processor retries that
 * segment from the same place after a pause, so nothing is skipped, but the segment stands still meanwhile. Each
 * segment's failure is remembered until one of its batches commits again, for the administrators' page.
 */
@Component
class FailedBatches {

    /** When a segment's batch last failed, and why (the exception's type and place, never its message). */
    record Failure(Instant at, String cause) {
    }

    private final Map<String, Map<Integer, Failure>> failing = new ConcurrentHashMap<>();
    private final Clock clock;

    FailedBatches(Clock clock) {
        this.clock = clock;
    }

    /** Watches each batch of the processor: registered on every processor by {@link DeadLetterQueuesConfiguration}. */
    MessageHandlerInterceptor<EventMessage<?>> watching(String processor) {
        String segmentKey = "Processor[" + processor + "]/SegmentId";
        return (unitOfWork, chain) -> {
            if (unitOfWork.getResource(segmentKey) instanceof Integer segment) {
                unitOfWork.onRollback(rolledBack -> failed(processor, segment, rolledBack));
                unitOfWork.afterCommit(committed -> segments(processor).remove(segment));
            }
            return chain.proceed();
        };
    }

    /** The latest failure among the processor's segments that have not committed since. */
    Optional<Failure> current(String processor) {
        return segments(processor).values().stream().max(Comparator.comparing(Failure::at));
    }

    private void failed(String processor, int segment, UnitOfWork<?> unitOfWork) {
        Throwable cause = unitOfWork.getExecutionResult() == null ? null
                : unitOfWork.getExecutionResult().getExceptionResult();
        segments(processor).put(segment, new Failure(clock.instant(), KeepEveryFailure.describe(cause)));
    }

    private Map<Integer, Failure> segments(String processor) {
        return failing.computeIfAbsent(processor, name -> new ConcurrentHashMap<>());
    }
}
