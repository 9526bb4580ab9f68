package uk.earlyhelp.feed.client;

import java.time.Instant;
import java.util.Set;
import uk.earlyhelp.feed.cloudevent.EventGroup;
import uk.earlyhelp.feed.cloudevent.PublishedType;

/**
 * A system outside the portal that reads its events: a council's data team, an integration platform, a partner
 * agency. It reads only the groups it was given, and with {@code redacted} never sees personal data.
 */
public record IntegratorClient(String id, String name, Set<EventGroup> groups, boolean redacted, Instant addedAt,
                               Instant revokedAt) {

    public boolean mayRead(PublishedType type) {
        return groups.contains(type.group());
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
