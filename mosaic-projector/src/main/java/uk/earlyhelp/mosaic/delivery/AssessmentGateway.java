package uk.earlyhelp.mosaic.delivery;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryGateway;
import uk.earlyhelp.assessment.api.ActingUser;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.api.FetchAssessment;

/**
 * Reads an assessment and records delivery outcomes on it, each in a unit of work of its own rather than nested in
 * the event processor's. Nested, loading the aggregate would hold its lock until the processor's whole batch ends
 * (after the HTTP call), keeping a practitioner who opens the assessment waiting on Mosaic; and a recorded failure
 * would be rolled back with the failing handler when a parked delivery is retried. Same thread, so the database
 * transaction is still the processor's: an outcome commits together with the processor's progress and the
 * dead-letter queue, or not at all.
 */
final class AssessmentGateway {

    private final QueryGateway queries;
    private final CommandGateway commands;

    AssessmentGateway(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    AssessmentView fetch(String assessmentId) {
        return outsideTheProcessorsUnitOfWork(
                () -> queries.query(new FetchAssessment(assessmentId), AssessmentView.class).join());
    }

    /**
     * Sends as the projector. The message is made here, inside the processor's unit of work, so that it carries the
     * finished event's correlation and trace ids: an auditor sees the delivery as a consequence of the finish.
     */
    void record(Object command) {
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(ActingUser.METADATA_KEY, MosaicDelivery.ACTING_USER));
        outsideTheProcessorsUnitOfWork(() -> commands.sendAndWait(message));
    }

    private static <T> T outsideTheProcessorsUnitOfWork(Supplier<T> work) {
        Deque<UnitOfWork<?>> suspended = new ArrayDeque<>();
        while (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> current = CurrentUnitOfWork.get();
            CurrentUnitOfWork.clear(current);
            suspended.push(current);
        }
        try {
            return work.get();
        } finally {
            while (!suspended.isEmpty()) {
                CurrentUnitOfWork.set(suspended.pop());
            }
        }
    }
}
