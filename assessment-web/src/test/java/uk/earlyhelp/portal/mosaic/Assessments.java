package uk.earlyhelp.portal.mosaic;

import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.api.FetchAssessment;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.eventstore.CommandScript;

/** Finishes complete assessments as a practitioner would, and reads back what became of them. */
final class Assessments {

    private final ActingUserCommandGateway commands;
    private final QueryGateway queries;
    private final EventStore eventStore;

    Assessments(ActingUserCommandGateway commands, QueryGateway queries, EventStore eventStore) {
        this.commands = commands;
        this.queries = queries;
        this.eventStore = eventStore;
    }

    /** A complete assessment, finished: its id. */
    String finish() {
        String id = "a-" + UUID.randomUUID();
        for (Object command : CommandScript.commands(id)) {
            commands.send(command, CommandScript.AUTHOR);
        }
        return id;
    }

    AssessmentView fetch(String id) {
        return queries.query(new FetchAssessment(id), AssessmentView.class).join();
    }

    String mosaicReference(String id) {
        return fetch(id).mosaicReference();
    }

    List<DomainEventMessage<?>> events(String id) {
        return eventStore.readEvents(id).asStream().<DomainEventMessage<?>>map(event -> event).toList();
    }

    <T> List<T> events(String id, Class<T> type) {
        return events(id).stream().map(DomainEventMessage::getPayload).filter(type::isInstance).map(type::cast).toList();
    }
}
