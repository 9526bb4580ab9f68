package uk.earlyhelp.relationship.api;

import java.time.Instant;
import java.util.List;

/** The answer to {@link FindChildViews}. Viewers are account ids; the page shows their names. */
public record ChildViewHistory(List<Entry> views) {

    public record Entry(String viewerId, ViewerRole viewerRole, Instant viewedAt) {
    }

    public ChildViewHistory {
        views = List.copyOf(views);
    }
}
