package uk.earlyhelp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import uk.earlyhelp.assessment.api.*;
import uk.earlyhelp.assessment.form.FormDefinitionReader;
import uk.earlyhelp.assessment.form.FormDefinitions;

/**
 * Whatever a practitioner does, in whatever order, the assessment read back from its stored
 * events (through the Jackson serializer, as the event store does) and from a snapshot is the
 * assessment they left. Refused commands must leave no event behind. (The class name ends in "Test" so that
 * Surefire's default includes run it: as "...Properties" it was silently skipped by the build.)
 */
class LiveAndRebuiltStatePropertiesTest {

    private static final String ID = CommandSequences.ID;
    static final FormDefinitions FORMS = new FormDefinitions(
            List.of(new FormDefinitionReader().readResource("forms/early-help-assessment-v1.yaml")));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();
    static final MetaData ACTOR = MetaData.with(ActingUser.METADATA_KEY, "practitioner-1");

    @Provide
    Arbitrary<List<Object>> commandSequences() {
        return CommandSequences.any();
    }

    @Property(tries = 200)
    void anAssessmentRebuiltFromItsEventsOrSnapshotEqualsTheLiveOne(@ForAll("commandSequences") List<Object> commands)
            throws Throwable {
        EmbeddedEventStore store = store();
        EventSourcingRepository<Assessment> repository = repository(store);

        Assessment live = inUnitOfWork(() -> {
            Aggregate<Assessment> aggregate = repository.newInstance(
                    () -> new Assessment(new StartAssessment(ID, "early-help-assessment", "practitioner-1"), FORMS));
            for (Object command : commands) {
                int before = eventsSoFar(aggregate);
                try {
                    aggregate.handle(asCommandMessage(command).andMetaData(ACTOR));
                } catch (AssessmentRefusedException refused) {
                    assertThat(eventsSoFar(aggregate)).as("a refused command appends nothing").isEqualTo(before);
                }
            }
            AtomicReference<Assessment> root = new AtomicReference<>();
            aggregate.execute(root::set);
            return root.get();
        });
        AssessmentState liveState = live.state();
        // Shows in the report how far the generated journeys got, so a vacuous run would be visible.
        Statistics.label("rows").collect(liveState.filled().tables().values().stream().mapToInt(List::size).sum() > 0);
        Statistics.label("finished").collect(liveState.finished());
        Statistics.label("delivery").collect(String.valueOf(liveState.delivery()));
        // Finished journeys must be common enough to test what happens after (over half are, by construction).
        Statistics.label("finished").coverage(coverage -> coverage.check(true).percentage(p -> p >= 25));

        assertThat(rebuiltThroughSerializer(store)).isEqualTo(liveState);
        assertThat(fromSnapshot(live)).isEqualTo(liveState);
    }

    private AssessmentState rebuiltThroughSerializer(EmbeddedEventStore original) throws Throwable {
        EmbeddedEventStore copy = store();
        List<DomainEventMessage<?>> events = new ArrayList<>();
        original.readEvents(ID).forEachRemaining(event -> events.add(roundTrip(event)));
        copy.publish(events);
        return inUnitOfWork(() -> repository(copy).load(ID).invoke(Assessment::state));
    }

    static <T> T inUnitOfWork(java.util.concurrent.Callable<T> work) throws Throwable {
        var result = DefaultUnitOfWork.startAndGet(null).executeWithResult(work);
        if (result.isExceptional()) {
            throw result.exceptionResult();
        }
        return result.getPayload();
    }

    private static DomainEventMessage<?> roundTrip(DomainEventMessage<?> event) {
        SerializedObject<byte[]> payload = SERIALIZER.serialize(event.getPayload(), byte[].class);
        Object back = SERIALIZER.deserialize(payload);
        return new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(), event.getSequenceNumber(),
                back, event.getMetaData(), event.getIdentifier(), event.getTimestamp());
    }

    // A snapshot is the aggregate itself, serialized; this is what the snapshotter stores.
    private static AssessmentState fromSnapshot(Assessment assessment) {
        return ((Assessment) SERIALIZER.deserialize(SERIALIZER.serialize(assessment, byte[].class))).state();
    }

    private static int eventsSoFar(Aggregate<Assessment> aggregate) {
        Long version = aggregate.version();
        return version == null ? 0 : version.intValue() + 1;
    }

    static EmbeddedEventStore store() {
        return EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    }

    static EventSourcingRepository<Assessment> repository(EmbeddedEventStore store) {
        AggregateModel<Assessment> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(Assessment.class,
                MultiParameterResolverFactory.ordered(
                        ClasspathParameterResolverFactory.forClass(Assessment.class),
                        new SimpleResourceParameterResolverFactory(List.of(FORMS, CLOCK))));
        return EventSourcingRepository.builder(Assessment.class).aggregateModel(model).eventStore(store).build();
    }
}
