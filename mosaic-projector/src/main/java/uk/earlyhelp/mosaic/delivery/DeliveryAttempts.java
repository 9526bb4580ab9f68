package uk.earlyhelp.mosaic.delivery;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;

/**
 * How often a delivery has failed and what happens next, kept in its dead letter's diagnostics (stored with the
 * letter, so it survives a restart). Values are stored as text: the serializer need not know their types.
 *
 * @param failures      failed attempts so far
 * @param state         null while the delivery has not failed
 * @param nextAttemptAt when an automatic retry is due; null once parked for an administrator
 */
public record DeliveryAttempts(int failures, ParkedState state, Instant nextAttemptAt) {

    static final DeliveryAttempts NONE = new DeliveryAttempts(0, null, null);

    private static final String FAILURES = "failures";
    private static final String STATE = "state";
    private static final String NEXT_ATTEMPT_AT = "nextAttemptAt";

    /** For a letter being retried; {@link #NONE} for a first attempt (no letter). */
    static DeliveryAttempts of(DeadLetter<?> letter) {
        return letter == null ? NONE : of(letter.diagnostics());
    }

    static DeliveryAttempts of(Map<String, ?> diagnostics) {
        Object failures = diagnostics.get(FAILURES);
        Object state = diagnostics.get(STATE);
        Object next = diagnostics.get(NEXT_ATTEMPT_AT);
        return new DeliveryAttempts(failures == null ? 0 : Integer.parseInt(failures.toString()),
                state == null ? null : ParkedState.valueOf(state.toString()),
                next == null ? null : Instant.parse(next.toString()));
    }

    MetaData diagnostics() {
        Map<String, String> values = new HashMap<>();
        values.put(FAILURES, Integer.toString(failures));
        if (state != null) values.put(STATE, state.name());
        if (nextAttemptAt != null) values.put(NEXT_ATTEMPT_AT, nextAttemptAt.toString());
        return MetaData.from(values);
    }

    /** An automatic retry whose wait is over. */
    boolean isDueAt(Instant now) {
        return state == ParkedState.RETRYING && nextAttemptAt != null && !now.isBefore(nextAttemptAt);
    }
}
