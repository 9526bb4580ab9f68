package uk.earlyhelp.portal.pdf;

import java.time.Instant;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.AssessmentFinished;

/**
 * When an assessment was submitted: the timestamp of its {@link AssessmentFinished} event, read from its own stream
 * (no projection lag right after Finish). Only delivery outcomes follow that event, so the tail of the stream is read
 * first; the whole stream only if the tail does not hold it. Snapshots are bypassed: one taken after Finish would hide
 * the event and its time.
 */
@Component
class SubmissionTimes {

    /** Events read back from the end of the stream before reading all of it. */
    private static final int TAIL = 50;

    private final EventStore events;

    SubmissionTimes(EventStore events) {
        this.events = events;
    }

    Optional<Instant> submittedAt(String assessmentId) {
        long last = events.lastSequenceNumberFor(assessmentId).orElse(-1L);
        if (last < 0) return Optional.empty();
        Optional<Instant> found = finishedFrom(assessmentId, Math.max(0, last - TAIL));
        return found.isPresent() || last < TAIL ? found : finishedFrom(assessmentId, 0);
    }

    private Optional<Instant> finishedFrom(String assessmentId, long firstSequenceNumber) {
        return events.readEvents(assessmentId, firstSequenceNumber).asStream()
                .filter(event -> AssessmentFinished.class.equals(event.getPayloadType()))
                .map(DomainEventMessage::getTimestamp)
                .reduce((first, second) -> second);
    }
}
