package uk.earlyhelp.portal.concurrency;

import java.util.List;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import uk.earlyhelp.assessment.api.SectionSaved;

/** The answers the event store holds for an assessment's autosaved field, each by its first 12 characters. */
final class StoredAnswers {

    private StoredAnswers() {
    }

    static Set<String> of(EventStorageEngine eventStore, String assessmentId) {
        return Set.copyOf(inOrder(eventStore, assessmentId));
    }

    static List<String> inOrder(EventStorageEngine eventStore, String assessmentId) {
        return eventStore.readEvents(assessmentId).asStream().map(event -> event.getPayload())
                .filter(SectionSaved.class::isInstance).map(SectionSaved.class::cast)
                .map(saved -> saved.answers().getOrDefault(Practitioners.FIELD, List.of("")).get(0))
                .map(answer -> answer.substring(0, Math.min(12, answer.length())))
                .toList();
    }
}
