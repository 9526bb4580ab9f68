package uk.earlyhelp.portal.readmodel;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.readmodel.ProcessorState.Condition;

/** Every event processor of this portal, in name order, with what it is doing and what waits in its queue. */
@Component
class ProcessorStates {

    private final EventProcessingConfiguration processing;
    private final ReadModelGroups readModels;
    private final EventStore eventStore;
    private final TransactionManager transactions;
    private final FailedBatches failedBatches;
    private final AdminTime times;

    ProcessorStates(EventProcessingConfiguration processing, ReadModelGroups readModels, EventStore eventStore,
                    TransactionManager transactions, FailedBatches failedBatches, AdminTime times) {
        this.failedBatches = failedBatches;
        this.times = times;
        this.processing = processing;
        this.readModels = readModels;
        this.eventStore = eventStore;
        this.transactions = transactions;
    }

    List<ProcessorState> all() {
        long head = position(eventStore.createHeadToken());
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .map(processor -> state(processor, head)).toList();
    }

    private ProcessorState state(StreamingEventProcessor processor, long head) {
        String name = processor.getName();
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        long position = segments.stream().mapToLong(segment -> segment.getCurrentPosition().orElse(-1))
                .min().orElse(-1);
        long[] waiting = transactions.fetchInTransaction(() -> processing.deadLetterQueue(name)
                .map(queue -> new long[] {queue.amountOfSequences(), queue.size()}).orElse(new long[] {0, 0}));
        Optional<FailedBatches.Failure> failure = failedBatches.current(name);
        return new ProcessorState(name, condition(processor, segments, position, head, failure.isPresent()),
                position, head, waiting[0], waiting[1], readModels.contains(name) && processor.supportsReset(),
                failure.map(f -> f.cause() + " (" + times.format(f.at()) + ")").orElse(null));
    }

    private static Condition condition(EventProcessor processor, Collection<EventTrackerStatus> segments,
                                       long position, long head, boolean batchFailing) {
        if (!processor.isRunning()) {
            return Condition.STOPPED;
        }
        if (batchFailing || processor.isError() || segments.stream().anyMatch(EventTrackerStatus::isErrorState)) {
            return Condition.FAILING;
        }
        if (segments.stream().anyMatch(EventTrackerStatus::isReplaying) && position < head) {
            return Condition.REPLAYING;
        }
        return segments.isEmpty() || position < head ? Condition.CATCHING_UP : Condition.UP_TO_DATE;
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

}
