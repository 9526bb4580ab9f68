package uk.earlyhelp.portal.account.expiry;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the sweep shortly after start-up (a portal that was down catches up at once) and then at every interval.
 * Starts after Axon (the sweep sends commands) and stops before it; its one thread is a daemon, so it never keeps a
 * stopping portal alive.
 */
final class ExpirySchedule implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ExpirySchedule.class);

    private final LinkedAccountExpiry expiry;
    private final LinkedExpiryProperties properties;
    private ScheduledExecutorService executor;

    ExpirySchedule(LinkedAccountExpiry expiry, LinkedExpiryProperties properties) {
        this.expiry = expiry;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "linked-login-expiry");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::sweep, properties.firstSweepAfter().toMillis(),
                properties.sweepInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sweep() {
        try {
            expiry.sweep();
        } catch (RuntimeException e) {
            // Never let one bad round end the schedule (e.g. the database briefly away); the next round tries again.
            LOG.warn("Linked-login expiry sweep failed: {}", e.getClass().getName());
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
