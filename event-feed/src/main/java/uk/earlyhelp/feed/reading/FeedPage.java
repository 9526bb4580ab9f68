package uk.earlyhelp.feed.reading;

import java.util.List;

/**
 * Up to a page of events, and where to read on from: after the last event looked at, which may be later than the last
 * event returned (events a client may not read, or of another type than it asked for, are passed over).
 */
public record FeedPage(List<FeedEntry> entries, String nextCursor) {
}
