package uk.earlyhelp.portal.commandbus;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.common.lock.LockAcquisitionFailedException;

/**
 * One lock per aggregate identifier, in this portal: commands on the same assessment queue in the order they arrived
 * (fair locks, so no autosave is overtaken for ever), commands on different ones never wait for each other. A lock
 * disappears when nobody holds or waits for it, so the map holds only the aggregates being changed right now.
 */
final class AggregateLocks {

    /** A lock held until {@link #release()}; released once, from the thread that took it. */
    interface Held {
        void release();
    }

    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock(true);
        int users;
    }

    private final ConcurrentHashMap<String, Entry> locks = new ConcurrentHashMap<>();
    private final Duration longestWait;

    AggregateLocks(Duration longestWait) {
        this.longestWait = longestWait;
    }

    Held acquire(String aggregateId) {
        Entry entry = locks.compute(aggregateId, (id, existing) -> {
            Entry e = existing == null ? new Entry() : existing;
            e.users++;
            return e;
        });
        boolean locked = false;
        try {
            locked = entry.lock.tryLock(longestWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!locked) {
                leave(aggregateId);
            }
        }
        if (!locked) {
            throw new LockAcquisitionFailedException("Waited " + longestWait + " for the lock of aggregate " + aggregateId);
        }
        return () -> {
            entry.lock.unlock();
            leave(aggregateId);
        };
    }

    /** How many aggregates are locked or waited for now (tests: no lock is left behind). */
    int inUse() {
        return locks.size();
    }

    private void leave(String aggregateId) {
        locks.computeIfPresent(aggregateId, (id, entry) -> --entry.users == 0 ? null : entry);
    }
}
