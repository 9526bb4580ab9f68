package uk.earlyhelp.portal.readmodel;

/**
 * One event processor as the administrators' page shows it.
 *
 * @param condition   what it is doing, a key of {@link Condition}
 * @param position    the lowest position its segments on this portal have reached in the event stream, -1 if none
 * @param head        the position of the newest event in the store, -1 if there is none
 * @param sequences   how many assessments (or children) have events waiting in its dead-letter queue
 * @param deadLetters how many events wait there in all
 * @param replayable  whether a replay from the start rebuilds it (read models only)
 */
public record ProcessorState(String name, Condition condition, long position, long head, long sequences,
                             long deadLetters, boolean replayable) {

    public enum Condition {
        /** Not running on this portal. */
        STOPPED,
        /** A batch failed outside any one event's handling (the database, say): the segment stops and retries. */
        FAILING,
        /** Rebuilding from the start after a reset. */
        REPLAYING,
        CATCHING_UP,
        UP_TO_DATE
    }

    public String conditionKey() {
        return "admin.readModels.condition." + condition.name();
    }
}
