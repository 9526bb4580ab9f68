package uk.earlyhelp.portal.readmodel;

import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a read model from the start of the event stream: shut its processor down on this portal, reset its tokens
 * (its reset handler empties its tables and its dead-letter queue in the same transaction), start it again.
 * <p>
 * "On every node": a reset needs every segment's claim, and each portal holds the claims of the segments it is
 * processing. Today the portal runs as one node, which holds them all, so this is a replay on every node. With several
 * portals the reset is refused while another one still holds a claim ({@link Outcome#HELD_ELSEWHERE}; nothing is
 * changed, the processor here starts again): stop that processor there first (docs/decisions/0017).
 */
@Component
class Replays {

    enum Outcome { STARTED, NOT_REPLAYABLE, HELD_ELSEWHERE }

    private static final Logger LOG = LoggerFactory.getLogger(Replays.class);

    private final EventProcessingConfiguration processing;
    private final ReadModelGroups readModels;

    Replays(EventProcessingConfiguration processing, ReadModelGroups readModels) {
        this.processing = processing;
        this.readModels = readModels;
    }

    Outcome replay(String name) {
        Optional<StreamingEventProcessor> found = readModels.contains(name)
                ? processing.eventProcessor(name, StreamingEventProcessor.class) : Optional.empty();
        if (found.isEmpty() || !found.get().supportsReset()) {
            return Outcome.NOT_REPLAYABLE;
        }
        StreamingEventProcessor processor = found.get();
        processor.shutDown();
        try {
            processor.resetTokens();
            LOG.info("Read model {} reset: replaying from the start of the event stream", name);
            return Outcome.STARTED;
        } catch (UnableToClaimTokenException heldByAnotherNode) {
            LOG.warn("Read model {} not reset: another portal holds one of its segments", name);
            return Outcome.HELD_ELSEWHERE;
        } finally {
            processor.start();
        }
    }
}
