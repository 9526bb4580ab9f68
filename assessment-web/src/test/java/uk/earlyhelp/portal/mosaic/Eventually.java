package uk.earlyhelp.portal.mosaic;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until something holds, against a deadline: no fixed sleeps. */
public final class Eventually {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    private Eventually() {
    }

    public static <T> T get(Duration limit, Supplier<T> value, Predicate<? super T> holds, String what) {
        return get(limit, value, holds, () -> what);
    }

    /** @param what said when it does not hold in time; a supplier, so it can show the state at that moment */
    public static <T> T get(Duration limit, Supplier<T> value, Predicate<? super T> holds, Supplier<String> what) {
        long giveUpAt = System.nanoTime() + limit.toNanos();
        T last = value.get();
        while (!holds.test(last)) {
            if (System.nanoTime() > giveUpAt) {
                throw new AssertionError("Not within " + limit + ": " + what.get() + " (last seen: " + last + ")");
            }
            LockSupport.parkNanos(POLL_INTERVAL.toNanos());
            last = value.get();
        }
        return last;
    }

    public static void until(Duration limit, Supplier<Boolean> holds, String what) {
        get(limit, holds, Boolean.TRUE::equals, what);
    }

    public static void until(Duration limit, Supplier<Boolean> holds, Supplier<String> what) {
        get(limit, holds, Boolean.TRUE::equals, what);
    }
}
