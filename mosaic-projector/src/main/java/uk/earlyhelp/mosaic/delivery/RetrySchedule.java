package uk.earlyhelp.mosaic.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/** Decides, after a failed attempt, whether and when a delivery is tried again (see {@link DeliveryProperties.Retry}). */
final class RetrySchedule {

    private final DeliveryProperties.Retry retry;
    private final Clock clock;
    private final DoubleSupplier random;

    RetrySchedule(DeliveryProperties.Retry retry, Clock clock, DoubleSupplier random) {
        this.retry = retry;
        this.clock = clock;
        this.random = random;
    }

    DeliveryAttempts afterFailure(DeliveryAttempts before, boolean isTransient) {
        int failures = before.failures() + 1;
        if (!isTransient || failures >= retry.maxAttempts()) {
            return new DeliveryAttempts(failures, ParkedState.PARKED, null);
        }
        return new DeliveryAttempts(failures, ParkedState.RETRYING, clock.instant().plus(waitAfter(failures)));
    }

    /** firstDelay doubled per earlier failure, capped at maxDelay, then varied by ±jitter. */
    Duration waitAfter(int failures) {
        long first = retry.firstDelay().toMillis();
        long cap = retry.maxDelay().toMillis();
        long base = first;
        // Stops doubling at the cap, so a long outage cannot overflow.
        for (int i = 1; i < failures && base < cap; i++) {
            base *= 2;
        }
        base = Math.min(base, cap);
        double factor = 1 + retry.jitter() * (2 * random.getAsDouble() - 1);
        return Duration.ofMillis(Math.round(base * factor));
    }
}
