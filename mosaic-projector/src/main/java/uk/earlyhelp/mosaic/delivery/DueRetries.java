package uk.earlyhelp.mosaic.delivery;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Every poll interval, retries the parked deliveries whose wait is over. Starts after Axon and stops before it; its
 * one thread is a daemon, so it never keeps a stopping portal alive. With several portals on one database, the
 * dead-letter queue's claims keep two of them from retrying the same delivery at once.
 */
final class DueRetries implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(DueRetries.class);

    private final ParkedDeliveries parked;
    private final Duration pollInterval;
    private ScheduledExecutorService executor;

    DueRetries(ParkedDeliveries parked, Duration pollInterval) {
        this.parked = parked;
        this.pollInterval = pollInterval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mosaic-due-retries");
            thread.setDaemon(true);
            return thread;
        });
        long millis = pollInterval.toMillis();
        executor.scheduleWithFixedDelay(this::retryDue, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void retryDue() {
        try {
            int delivered = parked.retryDue();
            if (delivered > 0) {
                LOG.info("{} parked deliveries reached Mosaic on retry", delivered);
            }
        } catch (RuntimeException e) {
            // Never let one bad round end the schedule; the next round tries again.
            LOG.warn("Retrying parked deliveries failed: {}", e.getClass().getName());
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
