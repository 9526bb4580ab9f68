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
 * @param failure     while a batch of its events cannot be committed: why, and when it last failed; else null
 */
public record ProcessorState(String name, Condition condition, long position, long head, long sequences,
                             long deadLetters, boolean replayable, String failure) {

    public enum Condition {
        /** Not running on this portal. */
        STOPPED,
        /** A batch could not be committed (the database, say): its segment stands still and retries. */
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
