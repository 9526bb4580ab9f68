package uk.earlyhelp.portal.concurrency;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches the connection pool while a burst runs: the most connections in use at once, and the most requests waiting
 * for one. Sampled every millisecond on a thread of its own, so a short peak may be missed, never invented.
 */
final class PoolWatch implements AutoCloseable {

    private final HikariPoolMXBean pool;
    private final AtomicInteger mostActive = new AtomicInteger();
    private final AtomicInteger mostWaiting = new AtomicInteger();
    private final Thread sampler;
    private volatile boolean watching = true;

    PoolWatch(HikariDataSource dataSource) {
        this.pool = dataSource.getHikariPoolMXBean();
        this.sampler = new Thread(this::sample, "pool-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (watching) {
            mostActive.accumulateAndGet(pool.getActiveConnections(), Math::max);
            mostWaiting.accumulateAndGet(pool.getThreadsAwaitingConnection(), Math::max);
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    int mostActive() {
        return mostActive.get();
    }

    int mostWaiting() {
        return mostWaiting.get();
    }

    @Override
    public void close() throws InterruptedException {
        watching = false;
        sampler.join(1000);
    }

    @Override
    public String toString() {
        return "pool of " + pool.getTotalConnections() + ": at most " + mostActive() + " in use, " + mostWaiting() + " waiting";
    }
}
