package uk.earlyhelp.portal.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock handed to the {@code Assessment} aggregate's command handlers (and anything else needing "now"), so that
 * tests can fix time instead of handlers calling {@code Instant.now()}. Its zone is the council's, so "today" (a date
 * of birth not in the future, an expected date of delivery) means the same day the practitioner sees on the wall;
 * stored instants are zone-free either way.
 */
@Configuration(proxyBeanMethods = false)
class SystemClock {

    static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return Clock.system(COUNCIL_ZONE);
    }
}
