package uk.earlyhelp.portal.account.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The days and the schedule as a council's configuration sets them, and the settings refused at start-up. */
class LinkedExpiryPropertiesTest {

    private static final String PREFIX = "portal.accounts.linked-expiry";

    @Test
    void unsetTheyAreNinetyDaysAWarningFourteenBeforeAndAnHourlySweepTwoMinutesAfterStartUp() {
        LinkedExpiryProperties defaults = bind(Map.of());

        assertThat(defaults).isEqualTo(new LinkedExpiryProperties(90, 14, true, Duration.ofMinutes(2),
                Duration.ofHours(1)));
    }

    @Test
    void aCouncilSetsItsOwnDaysAndSchedule() {
        LinkedExpiryProperties own = bind(Map.of(PREFIX + ".unused-days", "30", PREFIX + ".warning-days-before", "7",
                PREFIX + ".first-sweep-after", "30s", PREFIX + ".sweep-interval", "24h"));

        assertThat(own)
                .isEqualTo(new LinkedExpiryProperties(30, 7, true, Duration.ofSeconds(30), Duration.ofHours(24)));
    }

    @Test
    void aWarningThatWouldNotComeBeforeTheExpiryIsRefused() {
        assertThatThrownBy(() -> bind(Map.of(PREFIX + ".unused-days", "30", PREFIX + ".warning-days-before", "30")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("less than unused-days");
        assertThatThrownBy(() -> bind(Map.of(PREFIX + ".warning-days-before", "0")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("at least 1");
        assertThatThrownBy(() -> bind(Map.of(PREFIX + ".sweep-interval", "0s")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("sweep-interval must be positive");
    }

    private static LinkedExpiryProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate(PREFIX, LinkedExpiryProperties.class);
    }
}
