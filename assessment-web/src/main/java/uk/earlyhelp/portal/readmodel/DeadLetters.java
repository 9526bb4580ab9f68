package uk.earlyhelp.portal.readmodel;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.springframework.stereotype.Component;

/**
 * A processor's dead letters, and retrying them: each sequence (one aggregate's events, in order) is handed back to
 * the processor's own handlers; it leaves the queue only when every event in it was handled, and one that fails
 * again stays, with its new failure counted.
 */
@Component
class DeadLetters {

    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;
    private final AdminTime times;

    DeadLetters(EventProcessingConfiguration processing, TransactionManager transactions, AdminTime times) {
        this.processing = processing;
        this.transactions = transactions;
        this.times = times;
    }

    /** Every waiting event of the processor, sequence by sequence; empty for an unknown processor. */
    List<DeadLetterRow> of(String processor) {
        return processing.deadLetterQueue(processor).map(queue -> transactions.fetchInTransaction(() -> {
            List<DeadLetterRow> rows = new ArrayList<>();
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    rows.add(row(letter));
                }
            }
            return rows;
        })).orElse(List.of());
    }

    /** Retries every sequence waiting now, once each. */
    RetryOutcome retryAll(String processor) {
        int handled = 0;
        int failed = 0;
        for (String first : firstLetters(processor)) {
            boolean done = processing.sequencedDeadLetterProcessor(processor)
                    .map(letters -> letters.process(letter -> letter.message().getIdentifier().equals(first)))
                    .orElse(false);
            if (done) {
                handled++;
            } else {
                failed++;
            }
        }
        return new RetryOutcome(handled, failed);
    }

    private List<String> firstLetters(String processor) {
        return processing.deadLetterQueue(processor).map(queue -> transactions.fetchInTransaction(() -> {
            List<String> firsts = new ArrayList<>();
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                Iterator<DeadLetter<? extends EventMessage<?>>> letters = sequence.iterator();
                if (letters.hasNext()) {
                    firsts.add(letters.next().message().getIdentifier());
                }
            }
            return firsts;
        })).orElse(List.of());
    }

    private DeadLetterRow row(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        String sequence = message instanceof DomainEventMessage<?> event ? event.getAggregateIdentifier() : "";
        long number = message instanceof DomainEventMessage<?> event ? event.getSequenceNumber() : -1;
        return new DeadLetterRow(sequence, number, message.getPayloadType().getSimpleName(),
                letter.cause().map(Cause::message).orElse(null), KeepEveryFailure.failures(letter.diagnostics()),
                times.format(letter.enqueuedAt()), times.format(letter.lastTouched()));
    }
}
