package uk.earlyhelp.feed.reading;

import org.axonframework.eventhandling.TrackedEventMessage;

/** One stored event read from the feed, with the cursor that reads on from just after it. */
public record FeedEntry(TrackedEventMessage<?> event, String cursor) {
}
