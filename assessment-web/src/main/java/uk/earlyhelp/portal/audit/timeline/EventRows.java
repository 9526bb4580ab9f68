package uk.earlyhelp.portal.audit.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.ActingUser;

/**
 * The timeline of something whose history is in several streams (a child record's own events and the link events of
 * each practitioner linked to it; an account's link events): the events in the order they happened, numbered from 1,
 * each with when, who, what and the correlation id, as an assessment's rows. There is no as-at view of these.
 */
@Component
public class EventRows {

    /** The events in the order shown, and their rows, one for one. */
    public record Merged(List<DomainEventMessage<?>> events, List<TimelineRow> rows) {
    }

    /** Says what an event did; {@code who} resolves account ids once per page. */
    public interface Words {
        Wording of(Object payload, Function<String, Actor> who);
    }

    // Events of different streams in the same millisecond keep a stable order: by stream, then by sequence.
    private static final Comparator<DomainEventMessage<?>> HAPPENED = Comparator
            .comparing((DomainEventMessage<?> event) -> event.getTimestamp())
            .thenComparing(DomainEventMessage::getAggregateIdentifier)
            .thenComparingLong(DomainEventMessage::getSequenceNumber);

    private final ActorNames actors;
    private final AssessmentTimeline times;

    EventRows(ActorNames actors, AssessmentTimeline times) {
        this.actors = actors;
        this.times = times;
    }

    public Merged of(List<DomainEventMessage<?>> events, Words words) {
        List<DomainEventMessage<?>> sorted = events.stream().sorted(HAPPENED).toList();
        Function<String, Actor> who = actors.cache();
        List<TimelineRow> rows = new ArrayList<>(sorted.size());
        for (DomainEventMessage<?> event : sorted) {
            rows.add(new TimelineRow(rows.size() + 1, event.getSequenceNumber(), times.when(event.getTimestamp()),
                    who.apply(StoredHistory.metadata(event, ActingUser.METADATA_KEY)), words.of(event.getPayload(), who),
                    StoredHistory.metadata(event, "correlationId"), null));
        }
        return new Merged(sorted, rows);
    }
}
