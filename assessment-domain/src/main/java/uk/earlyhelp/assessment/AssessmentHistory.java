package uk.earlyhelp.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.form.FormDefinitions;

/**
 * An assessment as it stood after any of its stored events, for auditors: rebuilt by the aggregate's own event sourcing
 * handlers, applied to events 0..n, so the past is read by exactly the rules that made the present. Nothing here
 * handles a command or appends an event. A deleted draft is rebuilt too: its state at the moment it was deleted.
 */
public final class AssessmentHistory {

    // Command handlers ask for form definitions and a clock; none is ever called here, so empty ones satisfy the model.
    private static final AggregateModel<Assessment> MODEL = AnnotatedAggregateMetaModelFactory.inspectAggregate(
            Assessment.class, MultiParameterResolverFactory.ordered(
                    ClasspathParameterResolverFactory.forClass(Assessment.class),
                    new SimpleResourceParameterResolverFactory(List.of(new FormDefinitions(List.of()), Clock.systemUTC()))));

    private AssessmentHistory() {
    }

    /**
     * @param events the assessment's events in sequence order from 0, as read from the event store (upcasted)
     * @param count  how many of them have happened: 1 is right after the first
     */
    public static AssessmentView after(List<? extends DomainEventMessage<?>> events, int count) {
        if (count < 1 || count > events.size()) {
            throw new IllegalArgumentException("No event " + count + " of " + events.size());
        }
        EventSourcedAggregate<Assessment> aggregate = empty();
        aggregate.initializeState(DomainEventStream.of(events.subList(0, count).stream()));
        return view(aggregate);
    }

    /** The assessment right after each event in turn: element i is as it stood after event i (0-based). */
    public static List<AssessmentView> afterEach(List<? extends DomainEventMessage<?>> events) {
        EventSourcedAggregate<Assessment> aggregate = empty();
        List<AssessmentView> views = new ArrayList<>(events.size());
        for (DomainEventMessage<?> event : events) {
            aggregate.initializeState(DomainEventStream.of(event));
            views.add(view(aggregate));
        }
        return views;
    }

    private static EventSourcedAggregate<Assessment> empty() {
        return EventSourcedAggregate.initialize(new Assessment(), MODEL, null, NoSnapshotTriggerDefinition.TRIGGER);
    }

    private static AssessmentView view(EventSourcedAggregate<Assessment> aggregate) {
        return aggregate.invoke(Assessment::state).view();
    }
}
