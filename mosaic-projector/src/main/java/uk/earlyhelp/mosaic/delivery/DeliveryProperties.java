package uk.earlyhelp.mosaic.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether finished assessments are delivered, and how failed deliveries are retried.
 *
 * @param enabled whether the {@code mosaic-delivery} processor runs at all; off only where nothing may be delivered
 *                (the test suite turns it off by default, so that other tests' event streams stay their own)
 * @param retry   automatic retries of deliveries that failed for a passing reason
 */
@ConfigurationProperties("mosaic.delivery")
public record DeliveryProperties(@DefaultValue("true") boolean enabled, @DefaultValue Retry retry) {

    /**
     * Bounded exponential back-off with jitter. A delivery that failed for a passing reason (5xx, timeout, refused
     * connection) is tried again after {@code firstDelay}, then twice as long each time up to {@code maxDelay}, each
     * wait stretched or shrunk at random by up to {@code jitter} (so that many parked deliveries do not all come back
     * at once); after {@code maxAttempts} failed attempts in all it stays parked for an administrator.
     *
     * @param maxAttempts  failed attempts, the first included, before a delivery is parked for good
     * @param firstDelay   wait after the first failure
     * @param maxDelay     longest wait between two attempts
     * @param jitter       fraction (0–1) by which each wait varies at random
     * @param pollInterval how often parked deliveries are checked for one whose wait is over
     */
    public record Retry(@DefaultValue("12") int maxAttempts,
                        @DefaultValue("30s") Duration firstDelay,
                        @DefaultValue("1h") Duration maxDelay,
                        @DefaultValue("0.2") double jitter,
                        @DefaultValue("10s") Duration pollInterval) {

        public Retry {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("mosaic.delivery.retry.max-attempts must be at least 1");
            }
            if (jitter < 0 || jitter > 1) {
                throw new IllegalArgumentException("mosaic.delivery.retry.jitter must lie between 0 and 1");
            }
            if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || pollInterval.isNegative() || pollInterval.isZero()) {
                throw new IllegalArgumentException(
                        "mosaic.delivery.retry needs 0 <= first-delay <= max-delay and a positive poll-interval");
            }
        }
    }
}
