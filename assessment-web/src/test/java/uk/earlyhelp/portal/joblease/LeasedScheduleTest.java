package uk.earlyhelp.portal.joblease;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes' schedules of one job on one database (H2, the portal's Flyway schema): every interval the job runs on one
 * of them, never on both, a failed run does not end the schedule, and the other node takes over once the first stops.
 */
class LeasedScheduleTest {

    private static final Duration INTERVAL = Duration.ofMillis(400);

    @Test
    void eachIntervalRunsOnOneNodeAndTheOtherTakesOverWhenTheFirstStops() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:leases;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations("classpath:db/migration/h2").load().migrate();
        List<String> runs = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failuresLeft = new AtomicInteger(1);
        LeasedSchedule first = node("first", database, runs, failuresLeft);
        LeasedSchedule second = node("second", database, runs, failuresLeft);
        long started = System.nanoTime();
        first.start();
        second.start();
        try {
            until(() -> runs.size() >= 6);
            String holder = runs.get(runs.size() - 1);
            String other = holder.equals("first") ? "second" : "first";
            (holder.equals("first") ? first : second).stop();
            int beforeStop = runs.size();
            until(() -> runs.subList(beforeStop, runs.size()).stream().filter(other::equals).count() >= 3);
            assertThat(runs.subList(beforeStop + 1, runs.size())).as("after the one that may have been running")
                    .containsOnly(other);
        } finally {
            first.stop();
            second.stop();
        }
        long intervals = Duration.ofNanos(System.nanoTime() - started).dividedBy(INTERVAL);
        System.out.printf("LeasedScheduleTest: %d runs over %d intervals of %s: %s%n", runs.size(), intervals, INTERVAL, runs);
        assertThat(runs).as("one run per interval at most, over %d intervals", intervals).hasSizeLessThanOrEqualTo(
                (int) intervals + 1);
        assertThat(failuresLeft).as("the failed run was followed by others").hasValue(0);
    }

    /** Polls for up to 30 s: generous on a loaded machine, where a tick may come late. */
    static void until(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 30 s").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static LeasedSchedule node(String name, JdbcDataSource database, List<String> runs, AtomicInteger failures) {
        DefaultLockingTaskExecutor leases = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(database))
                        .withTableName("shedlock").withLockedByValue(name).usingDbTime().build()));
        return new LeasedSchedule(new LeasedSchedule.Job("test-job", Duration.ofMillis(10), INTERVAL,
                Duration.ofSeconds(1), () -> {
                    runs.add(name);
                    if (failures.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                        throw new IllegalStateException("database away");
                    }
                }), leases, new SimpleMeterRegistry());
    }
}
