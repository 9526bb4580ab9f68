package uk.earlyhelp.portal.account.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The sweep runs soon after start-up, then again and again, even after one that failed; it stops with the portal. */
class ExpiryScheduleTest {

    @Test
    void theFirstSweepRunsSoonAfterStartUpAndAFailedOneDoesNotEndTheSchedule() {
        LinkedAccountExpiry expiry = mock(LinkedAccountExpiry.class);
        when(expiry.sweep()).thenThrow(new IllegalStateException("database away"))
                .thenReturn(new LinkedAccountExpiry.Sweep(0, 0, 0, 0));
        ExpirySchedule schedule = new ExpirySchedule(expiry, new LinkedExpiryProperties(90, 14, true,
                Duration.ofMillis(10), Duration.ofMillis(20)));

        schedule.start();
        try {
            verify(expiry, timeout(5_000).atLeast(3)).sweep();
            assertThat(schedule.isRunning()).isTrue();
        } finally {
            schedule.stop();
        }
        assertThat(schedule.isRunning()).isFalse();
    }
}
