package uk.earlyhelp.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The portal's clock in tests: real time, until a test moves it on (a link's expiry, a lockout's end). A test that
 * moves it calls {@link #reset()} afterwards, as the running application is shared.
 */
public final class MovableClock extends Clock {

    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    MovableClock(ZoneId zone) {
        this.zone = zone;
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.offset(Clock.system(other), offset);
    }

    /** Replaces the portal's clock, same zone (Europe/London). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class InTests {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(ZoneId.of("Europe/London"));
        }
    }
}
