package uk.earlyhelp.mosaic.delivery;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;

/**
 * What Axon's dead-letter queue does with a delivery that failed: it always keeps it (nothing is skipped), recording
 * in the letter's diagnostics how often it failed and when it may be retried. The cause stored with the letter is the
 * {@link DeliveryFailure}, whose message is free of personal data; any other exception is stored by its type only.
 */
final class DeliveryRetryPolicy implements EnqueuePolicy<EventMessage<?>> {

    private final RetrySchedule schedule;

    DeliveryRetryPolicy(RetrySchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        DeliveryFailure failure = classify(cause);
        DeliveryAttempts next = schedule.afterFailure(DeliveryAttempts.of(letter), failure.isTransient());
        return Decisions.requeue(failure, ignored -> next.diagnostics());
    }

    /**
     * The delivery failure somewhere in the cause chain; anything else (a bug, the database) is worth retrying, and
     * is named by its type alone, as its message might quote an assessment.
     */
    static DeliveryFailure classify(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof DeliveryFailure failure) {
                return failure;
            }
        }
        return new MosaicUnavailable("Unexpected error: " + (cause == null ? "unknown" : cause.getClass().getName()));
    }
}
