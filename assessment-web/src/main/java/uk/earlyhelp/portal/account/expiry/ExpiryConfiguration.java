package uk.earlyhelp.portal.account.expiry;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.earlyhelp.portal.joblease.LeasedSchedule;

/**
 * The sweep's settings, and its schedule unless switched off (the tests run the sweep themselves): shortly after
 * start-up (a portal that was down catches up), then every interval, on one node per interval (its lease).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LinkedExpiryProperties.class)
class ExpiryConfiguration {

    /** A sweep is one pass over the linked accounts; a node killed during one holds its lease this much longer. */
    private static final Duration LONGEST_SWEEP = Duration.ofMinutes(10);

    @Bean
    @ConditionalOnProperty(name = "portal.accounts.linked-expiry.scheduled", havingValue = "true",
            matchIfMissing = true)
    LeasedSchedule linkedLoginExpirySchedule(LinkedAccountExpiry expiry, LinkedExpiryProperties properties,
                                             LockingTaskExecutor leases, MeterRegistry meters) {
        return new LeasedSchedule(new LeasedSchedule.Job("linked-login-expiry", properties.firstSweepAfter(),
                properties.sweepInterval(), LONGEST_SWEEP, expiry::sweep), leases, meters);
    }
}
