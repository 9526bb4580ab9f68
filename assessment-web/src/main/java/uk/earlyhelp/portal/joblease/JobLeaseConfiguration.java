package uk.earlyhelp.portal.joblease;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.earlyhelp.mosaic.delivery.DueRetries;
import uk.earlyhelp.portal.cluster.NodeName;

/**
 * The leases (ShedLock's JDBC provider on the portal's own database, table {@code shedlock} from Flyway, times taken
 * from the database's clock so that nodes' clocks need not agree), and the schedules of jobs that other modules
 * provide. The linked-login expiry sweep's schedule is with the sweep (uk.earlyhelp.portal.account.expiry).
 */
@Configuration(proxyBeanMethods = false)
class JobLeaseConfiguration {

    /** A round of due retries is a few HTTP calls; a node killed during one holds its lease this much longer. */
    private static final Duration LONGEST_DUE_RETRIES = Duration.ofMinutes(2);

    @Bean
    LockingTaskExecutor jobLeases(DataSource dataSource, NodeName node) {
        return new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .withLockedByValue(node.value())
                .usingDbTime()
                .build()));
    }

    @Bean
    @ConditionalOnProperty(prefix = "mosaic.delivery", name = "enabled", matchIfMissing = true)
    LeasedSchedule mosaicDueRetriesSchedule(DueRetries dueRetries, LockingTaskExecutor leases, MeterRegistry meters) {
        return new LeasedSchedule(new LeasedSchedule.Job("mosaic-due-retries", dueRetries.pollInterval(),
                dueRetries.pollInterval(), LONGEST_DUE_RETRIES, dueRetries), leases, meters);
    }
}
