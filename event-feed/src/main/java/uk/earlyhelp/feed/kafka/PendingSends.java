package uk.earlyhelp.feed.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The records one processor batch sent, awaited before the batch commits. Sending the whole batch and then waiting
 * once keeps the producer's pipeline full; waiting in the unit of work's prepare-commit, inside the transaction that
 * stores the processor's token, means the token moves past an event only once the broker acknowledged its record.
 * A failure there rolls the batch back, and Axon's processor handles it again from its token after a pause.
 */
final class PendingSends {

    private static final String RESOURCE = PendingSends.class.getName();

    private final List<Future<RecordMetadata>> sends = new ArrayList<>();
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();
    private final Duration wait;
    private final Runnable onFailure;

    private PendingSends(Duration wait, Runnable onFailure) {
        this.wait = wait;
        this.onFailure = onFailure;
    }

    /** The current batch's sends, awaited when it is about to commit; {@code onFailure} runs if one is not acknowledged. */
    static PendingSends ofCurrentBatch(Duration wait, Runnable onFailure) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(RESOURCE, key -> {
            PendingSends pending = new PendingSends(wait, onFailure);
            batch.onPrepareCommit(unitOfWork -> pending.awaitAcknowledgements());
            return pending;
        });
    }

    /** True once a record of this batch failed: the batch will be handled again, so sending more is wasted time. */
    boolean failed() {
        return firstFailure.get() != null;
    }

    Callback track() {
        return (metadata, failure) -> {
            if (failure != null) {
                firstFailure.compareAndSet(null, failure);
            }
        };
    }

    void add(Future<RecordMetadata> send) {
        sends.add(send);
    }

    private void awaitAcknowledgements() {
        try {
            awaitEach();
        } catch (PublicationFailed failure) {
            onFailure.run();
            throw failure;
        }
    }

    private void awaitEach() {
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException failure) {
            throw new PublicationFailed(sends.size(), failure.getCause());
        } catch (TimeoutException failure) {
            throw new PublicationFailed(sends.size(), failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new PublicationFailed(sends.size(), interrupted);
        }
        if (failed()) {
            throw new PublicationFailed(sends.size(), firstFailure.get());
        }
    }
}
