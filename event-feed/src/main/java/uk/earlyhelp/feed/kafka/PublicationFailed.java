package uk.earlyhelp.feed.kafka;

/**
 * The broker did not acknowledge every record of a batch (unreachable, timed out, refused): the batch rolls back and
 * is handled again. The message names counts and the broker's reason only, never an event's content.
 */
public class PublicationFailed extends RuntimeException {

    PublicationFailed(int records, Throwable cause) {
        super("Kafka did not acknowledge every one of a batch's " + records + " records: " + cause, cause);
    }
}
