package uk.earlyhelp.mosaic.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

/**
 * The parked deliveries, and retrying them: what the administrators' page and the automatic retries use. A retry
 * runs the same handler as a first delivery, so it is exactly-once in Mosaic like any other attempt.
 * Each assessment is one sequence in the queue; its first letter stands for it.
 */
public class ParkedDeliveries {

    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;
    private final Clock clock;

    ParkedDeliveries(EventProcessingConfiguration processing, TransactionManager transactions, Clock clock) {
        this.processing = processing;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Longest-untouched first. Empty when delivery is switched off. */
    public List<ParkedDelivery> list() {
        return queue().map(queue -> transactions.fetchInTransaction(() -> {
            List<ParkedDelivery> parked = new ArrayList<>();
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                Iterator<DeadLetter<? extends EventMessage<?>>> letters = sequence.iterator();
                if (letters.hasNext()) {
                    parked.add(describe(letters.next()));
                }
            }
            return parked;
        })).orElse(List.of());
    }

    /** How many assessments' deliveries are parked (one sequence each); 0 when delivery is switched off. */
    public long count() {
        return queue().map(queue -> transactions.fetchInTransaction(queue::amountOfSequences)).orElse(0L);
    }

    /** Retries one assessment's delivery now, whatever its state; false if it failed again or is not parked. */
    public boolean retry(String assessmentId) {
        return process(letter -> assessmentId.equals(assessmentId(letter)));
    }

    /** Retries every parked delivery now, one attempt each. */
    public RetryResult retryAll() {
        int delivered = 0;
        int failed = 0;
        for (ParkedDelivery parked : list()) {
            if (retry(parked.assessmentId())) {
                delivered++;
            } else {
                failed++;
            }
        }
        return new RetryResult(delivered, failed);
    }

    /**
     * Retries the deliveries whose automatic wait is over, until none is left or one fails: when Mosaic is still
     * down, one attempt per round finds out, rather than every parked delivery.
     */
    int retryDue() {
        int delivered = 0;
        while (process(letter -> DeliveryAttempts.of(letter.diagnostics()).isDueAt(clock.instant()))) {
            delivered++;
        }
        return delivered;
    }

    private boolean process(Predicate<DeadLetter<? extends EventMessage<?>>> which) {
        return processor().map(processor -> processor.process(which)).orElse(false);
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue() {
        return processing.deadLetterQueue(MosaicDelivery.PROCESSING_GROUP);
    }

    private Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor() {
        return processing.sequencedDeadLetterProcessor(MosaicDelivery.PROCESSING_GROUP);
    }

    private static ParkedDelivery describe(DeadLetter<? extends EventMessage<?>> letter) {
        DeliveryAttempts attempts = DeliveryAttempts.of(letter.diagnostics());
        return new ParkedDelivery(assessmentId(letter), letter.message().getTimestamp(),
                attempts.state() == null ? ParkedState.RETRYING : attempts.state(),
                letter.cause().map(Cause::message).orElse("Waiting behind an earlier delivery of the same assessment"),
                attempts.failures(), letter.enqueuedAt(), letter.lastTouched(), attempts.nextAttemptAt());
    }

    /** The queue's sequences are per aggregate, and the handled event is the assessment's own. */
    static String assessmentId(DeadLetter<? extends EventMessage<?>> letter) {
        return letter.message() instanceof DomainEventMessage<?> event ? event.getAggregateIdentifier() : null;
    }
}
