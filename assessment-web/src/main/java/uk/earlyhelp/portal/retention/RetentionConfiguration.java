package uk.earlyhelp.portal.retention;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.earlyhelp.portal.joblease.LeasedSchedule;
import uk.earlyhelp.portal.retention.draft.DraftRetention;
import uk.earlyhelp.portal.retention.submitted.SubmittedRetention;

/**
 * The settings, and the sweep's schedule unless switched off: shortly after start-up (a portal that was down catches
 * up: everything due is found by date, not by a run that was missed), then every interval, on one node per interval.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionProperties.class)
class RetentionConfiguration {

    /** A sweep is a pass over the due drafts and assessments; a node killed during one holds its lease this longer. */
    private static final Duration LONGEST_SWEEP = Duration.ofMinutes(10);

    @Bean
    @ConditionalOnProperty(name = "portal.retention.scheduled", havingValue = "true", matchIfMissing = true)
    LeasedSchedule retentionSchedule(DraftRetention drafts, SubmittedRetention submitted,
                                     RetentionProperties properties, LockingTaskExecutor leases, MeterRegistry meters) {
        return new LeasedSchedule(new LeasedSchedule.Job("retention", properties.firstSweepAfter(),
                properties.sweepInterval(), LONGEST_SWEEP, () -> {
                    drafts.sweep();
                    submitted.sweep();
                }), leases, meters);
    }
}
