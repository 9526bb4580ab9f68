package uk.earlyhelp.portal.cluster;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives segments back to a node that has returned: Axon 4's token store claims only segments nobody holds, so a
 * survivor that took over a killed node's segments would keep them all. At each heartbeat this node counts the nodes
 * alive ({@link NodeRoster}) and, for each streaming processor, holding more than its fair share (segments / nodes,
 * rounded up), releases the excess with Axon's own {@link StreamingEventProcessor#releaseSegment(int, long, TimeUnit)}:
 * it does not claim them again for {@code releaseFor}, long enough for another node's coordinator to claim them.
 * Nothing else is decided here: claims, take-over and processing stay Axon's (docs/decisions/0031).
 */
final class SegmentShare {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentShare.class);

    private final EventProcessingConfiguration processing;
    private final NodeRoster roster;
    private final Duration releaseFor;
    private final Map<String, Long> coolingUntil = new HashMap<>();

    SegmentShare(EventProcessingConfiguration processing, NodeRoster roster, Duration releaseFor) {
        this.processing = processing;
        this.roster = roster;
        this.releaseFor = releaseFor;
    }

    void beat() {
        int nodes = roster.beatAndCount();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                share(name, streaming, nodes);
            }
        });
    }

    void leave() {
        roster.leave();
    }

    private void share(String name, StreamingEventProcessor processor, int nodes) {
        long now = System.nanoTime();
        if (now - coolingUntil.getOrDefault(name, now) < 0) {
            return; // segments released last time may not have been claimed elsewhere yet
        }
        Map<Integer, EventTrackerStatus> held = processor.processingStatus();
        if (held.isEmpty()) {
            return;
        }
        int segments = held.values().iterator().next().getSegment().getMask() + 1;
        int fairShare = (segments + nodes - 1) / nodes;
        int excess = held.size() - fairShare;
        if (excess <= 0) {
            return;
        }
        List<Integer> released = held.keySet().stream().sorted().skip(fairShare).toList();
        released.forEach(segment -> processor.releaseSegment(segment, releaseFor.toMillis(), TimeUnit.MILLISECONDS));
        coolingUntil.put(name, now + releaseFor.toNanos());
        LOG.info("Processor {}: {} nodes alive, gave back {} of this node's {} segments (fair share {})", name, nodes,
                released.size(), held.size(), fairShare);
    }
}
