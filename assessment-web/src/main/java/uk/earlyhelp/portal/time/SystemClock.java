package uk.earlyhelp.portal.time;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock handed to the {@code Assessment} aggregate's command handlers (and anything else needing "now"), so that
 * tests can fix time instead of handlers calling {@code Instant.now()}. UTC, so stored instants never depend on
 * the server's zone.
 */
@Configuration(proxyBeanMethods = false)
class SystemClock {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
