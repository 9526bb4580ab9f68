package uk.earlyhelp.portal.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the event store.
 *
 * @param snapshotThreshold events an assessment may gain after its last snapshot before a new snapshot is taken;
 *                          loading an aggregate replays every event since its snapshot, so long wizard histories
 *                          without snapshots make every save slower (measured: 15 saves/s at 2,000 events on H2)
 */
@ConfigurationProperties("portal.event-store")
public record EventStoreProperties(@DefaultValue("50") int snapshotThreshold) {

    public EventStoreProperties {
        if (snapshotThreshold < 1) {
            throw new IllegalArgumentException("portal.event-store.snapshot-threshold must be at least 1");
        }
    }
}
