package uk.earlyhelp.feed.api;

import java.util.Optional;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import uk.earlyhelp.feed.client.IntegratorClient;
import uk.earlyhelp.feed.cloudevent.PublishedType;
import uk.earlyhelp.feed.cloudevent.PublishedTypes;
import uk.earlyhelp.feed.reading.FeedCursor;

/**
 * The feed's query parameters, checked: each problem is a precise 400 (or a 403 for a type the client may not read),
 * never a guess.
 *
 * @param after null to read from the first event
 * @param type  empty for every type the client may read
 */
record FeedRequest(GapAwareTrackingToken after, int limit, Optional<PublishedType> type) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    static FeedRequest of(String after, String limit, String type, IntegratorClient client) {
        GapAwareTrackingToken token = after == null ? null : FeedCursor.decode(after);
        Optional<PublishedType> published = Optional.ofNullable(type).map(name -> PublishedTypes.ofType(name)
                .orElseThrow(() -> new BadFeedRequest("type is not an event type of this feed; see docs/integrators.md")));
        if (published.isPresent() && !client.mayRead(published.get())) {
            throw new TypeOutOfScope();
        }
        return new FeedRequest(token, limit(limit), published);
    }

    private static int limit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as any other limit out of range
        }
        throw new BadFeedRequest("limit must be a whole number from 1 to " + MAX_LIMIT);
    }

    /** A query parameter the feed cannot answer: 400. */
    static class BadFeedRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadFeedRequest(String detail) {
            super(detail, null, false, false);
        }
    }

    /** A type outside the client's groups: 403. */
    static class TypeOutOfScope extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TypeOutOfScope() {
            super("this client may not read events of that type", null, false, false);
        }
    }
}
