package uk.earlyhelp.portal.joblease;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs a job every interval, on whichever node first finds its lease free. The lease is held for a whole interval
 * (ShedLock's lock-at-least-for), so nodes whose timers run out of step never run it twice within one interval: the
 * node that ran it last runs it again at its next tick, the others skip, and take over once it stops renewing. A node
 * killed mid-run holds the lease at most {@code longestRun} longer. Starts after Axon (jobs send commands) and stops
 * before it; its one thread is a daemon, so it never keeps a stopping portal alive.
 */
public final class LeasedSchedule implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(LeasedSchedule.class);

    private final Job job;
    private final LockingTaskExecutor leases;
    private final Counter runs;
    private final Counter skipped;
    private ScheduledExecutorService executor;

    /**
     * @param name          the lease's name, the thread's and the metric tag
     * @param firstRunAfter the first tick after start-up
     * @param interval      between ticks, and how long a run's lease is held
     * @param longestRun    how much longer than the interval a run's lease is held at most (a killed node's)
     */
    public record Job(String name, Duration firstRunAfter, Duration interval, Duration longestRun, Runnable work) {
    }

    public LeasedSchedule(Job job, LockingTaskExecutor leases, MeterRegistry meters) {
        this.job = job;
        this.leases = leases;
        this.runs = Counter.builder("portal.jobs.runs").tag("job", job.name())
                .description("Runs of a scheduled job on this node").register(meters);
        this.skipped = Counter.builder("portal.jobs.skipped").tag("job", job.name())
                .description("Turns this node skipped because another held the job's lease").register(meters);
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, job.name());
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tick, job.firstRunAfter().toMillis(), job.interval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void tick() {
        LockConfiguration lease = new LockConfiguration(Instant.now(), job.name(),
                job.interval().plus(job.longestRun()), job.interval());
        try {
            boolean ran = leases.executeWithLock(() -> {
                runs.increment();
                job.work().run();
                return Boolean.TRUE;
            }, lease).wasExecuted();
            if (!ran) {
                skipped.increment();
            }
        } catch (Throwable e) {
            // Never let one bad round end the schedule (e.g. the database briefly away); the next round tries again.
            LOG.warn("Scheduled job {} failed: {}", job.name(), e.getClass().getName());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** Above Axon's own phase: started once Axon's processors run, stopped before they stop. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1024;
    }
}
