package uk.earlyhelp.portal.retention.draft;

import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.AssessmentDeleted;
import uk.earlyhelp.assessment.api.AssessmentFinished;
import uk.earlyhelp.assessment.api.DeliveredToMosaic;
import uk.earlyhelp.assessment.api.MosaicDeliveryFailed;

/**
 * Reads a draft's last event straight from the event store (one event, not the history; not a snapshot, whose time
 * is when it was taken). Empty when the assessment is no longer a draft: deleted, or submitted since the read model
 * listed it.
 */
@Component
class LastChanges {

    private final EventStore events;

    LastChanges(EventStore events) {
        this.events = events;
    }

    Optional<LastChange> ofDraft(String assessmentId) {
        return events.lastSequenceNumberFor(assessmentId).flatMap(version -> {
            DomainEventStream last = events.readEvents(assessmentId, version);
            if (!last.hasNext()) {
                return Optional.empty();
            }
            DomainEventMessage<?> event = last.next();
            Object payload = event.getPayload();
            boolean draft = !(payload instanceof AssessmentDeleted || payload instanceof AssessmentFinished
                    || payload instanceof DeliveredToMosaic || payload instanceof MosaicDeliveryFailed);
            return draft ? Optional.of(new LastChange(assessmentId, event.getSequenceNumber(), event.getTimestamp()))
                    : Optional.empty();
        });
    }
}
