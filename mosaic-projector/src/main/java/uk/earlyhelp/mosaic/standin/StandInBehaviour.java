package uk.earlyhelp.mosaic.standin;

import java.time.Duration;

/**
 * How the stand-in answers deliveries, switchable at run time (Java API or {@code PUT /stand-in/behaviour}).
 *
 * @param delay how long {@link Mode#SLOW} holds an answer, or {@link Mode#TIMEOUT} holds the request
 */
public record StandInBehaviour(Mode mode, Duration delay) {

    public enum Mode {
        /** Keeps the contract. */
        NORMAL,
        /** 503 to every delivery; stores nothing. */
        UNAVAILABLE,
        /** Stores the delivery as usual, then waits {@code delay} before answering: the answer may come too late. */
        SLOW,
        /** Holds the request {@code delay} without storing or answering, then answers 503. */
        TIMEOUT,
        /** 400 to every delivery, as Mosaic refusing it; stores nothing. */
        REJECT
    }

    public StandInBehaviour {
        if (mode == null) mode = Mode.NORMAL;
        if (delay == null || delay.isNegative()) delay = Duration.ofMinutes(10);
    }

    public static StandInBehaviour normal() {
        return new StandInBehaviour(Mode.NORMAL, Duration.ZERO);
    }

    public static StandInBehaviour unavailable() {
        return new StandInBehaviour(Mode.UNAVAILABLE, Duration.ZERO);
    }

    public static StandInBehaviour slow(Duration delay) {
        return new StandInBehaviour(Mode.SLOW, delay);
    }

    public static StandInBehaviour timeout() {
        return new StandInBehaviour(Mode.TIMEOUT, Duration.ofMinutes(10));
    }

    public static StandInBehaviour reject() {
        return new StandInBehaviour(Mode.REJECT, Duration.ZERO);
    }
}
