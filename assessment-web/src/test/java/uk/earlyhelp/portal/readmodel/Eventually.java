package uk.earlyhelp.portal.readmodel;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Polls until something holds, against a deadline: no fixed sleeps. */
final class Eventually {

    private Eventually() {
    }

    static void until(Duration limit, BooleanSupplier holds, String what) {
        long giveUpAt = System.nanoTime() + limit.toNanos();
        while (!holds.getAsBoolean()) {
            if (System.nanoTime() > giveUpAt) {
                throw new AssertionError("Not within " + limit + ": " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
