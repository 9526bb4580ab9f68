package uk.earlyhelp.feed.webhook;

import java.time.Instant;

/** A delivery that failed every attempt, or waits behind one of the same subject, until an administrator retries. */
public record ParkedDelivery(long id, String clientId, String subject, String eventId, String body, int attempts,
                             String lastError, Instant parkedAt) {
}
