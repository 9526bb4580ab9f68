package uk.earlyhelp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
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

    private static final String ID = "a-1";
    private static final FormDefinitions FORMS = new FormDefinitions(
            List.of(new FormDefinitionReader().readResource("forms/early-help-assessment-v1.yaml")));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();
    private static final MetaData ACTOR = MetaData.with(ActingUser.METADATA_KEY, "practitioner-1");

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

    private static <T> T inUnitOfWork(java.util.concurrent.Callable<T> work) throws Throwable {
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

    private static EmbeddedEventStore store() {
        return EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    }

    private static EventSourcingRepository<Assessment> repository(EmbeddedEventStore store) {
        AggregateModel<Assessment> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(Assessment.class,
                MultiParameterResolverFactory.ordered(
                        ClasspathParameterResolverFactory.forClass(Assessment.class),
                        new SimpleResourceParameterResolverFactory(List.of(FORMS, CLOCK))));
        return EventSourcingRepository.builder(Assessment.class).aggregateModel(model).eventStore(store).build();
    }

    // ---- generators: a small world of ids and answers, so commands collide, change and repeat ----

    /**
     * Random commands: on their own, after everything the form needs to finish, or after finishing. Random commands
     * alone almost never complete every section, and the finished and delivered states would then go untested.
     */
    @Provide
    Arbitrary<List<Object>> commandSequences() {
        Arbitrary<List<Object>> random = randomCommands();
        return Arbitraries.frequencyOf(Tuple.of(1, random), Tuple.of(1, random.map(more -> then(everythingToFinish(), more))),
                Tuple.of(2, random.map(more -> then(then(everythingToFinish(), List.of(new FinishAssessment(ID))), more))));
    }

    private static List<Object> then(List<Object> first, List<Object> more) {
        List<Object> commands = new ArrayList<>(first);
        commands.addAll(more);
        return commands;
    }

    private static List<Object> everythingToFinish() {
        List<Object> commands = new ArrayList<>(List.of(
                new AddFamilyMember(ID, "m1", ExampleAnswers.mary()),
                new AddActionPlanRow(ID, "r1", ExampleAnswersForProperties.actionFor("m1"))));
        for (String section : List.of("assessment", "consent", "presenting-needs", "outcome", "your-details",
                "key-person")) {
            commands.add(new SaveSection(ID, section, ExampleAnswers.forSection(section)));
        }
        return commands;
    }

    private Arbitrary<List<Object>> randomCommands() {
        return Arbitraries.oneOf(List.of(
                        familyCommand(), actionCommand(), professionalCommand(), sectionSave(),
                        Arbitraries.just(new FinishAssessment(ID)),
                        Arbitraries.of("MOS-1", "MOS-2").map(ref -> new RecordMosaicDelivery(ID, ref)),
                        Arbitraries.of(true, false).map(retrying -> new RecordMosaicDeliveryFailure(ID, "HTTP 503", retrying))))
                .list().ofMaxSize(40);
    }

    private Arbitrary<Object> familyCommand() {
        Arbitrary<String> memberId = Arbitraries.of("m1", "m2", "m3");
        Arbitrary<Map<String, List<String>>> details = Arbitraries.of(
                ExampleAnswersForProperties.mary(), ExampleAnswersForProperties.unborn(),
                ExampleAnswersForProperties.memberWithFutureBirthDate());
        return Arbitraries.oneOf(List.of(
                Combinators.combine(memberId, details).as((id, d) -> new AddFamilyMember(ID, id, d)),
                Combinators.combine(memberId, details).as((id, d) -> new ChangeFamilyMember(ID, id, d)),
                memberId.map(id -> new RemoveFamilyMember(ID, id))));
    }

    private Arbitrary<Object> actionCommand() {
        Arbitrary<String> rowId = Arbitraries.of("r1", "r2");
        Arbitrary<Map<String, List<String>>> details = Arbitraries.of("m1", "m2", "m9")
                .map(ExampleAnswersForProperties::actionFor);
        return Arbitraries.oneOf(List.of(
                Combinators.combine(rowId, details).as((id, d) -> new AddActionPlanRow(ID, id, d)),
                Combinators.combine(rowId, details).as((id, d) -> new ChangeActionPlanRow(ID, id, d)),
                rowId.map(id -> new RemoveActionPlanRow(ID, id))));
    }

    private Arbitrary<Object> professionalCommand() {
        Arbitrary<String> rowId = Arbitraries.of("p1", "p2");
        Arbitrary<Map<String, List<String>>> details = Arbitraries.of("Health visitor", "School nurse")
                .map(role -> Map.of("role", List.of(role), "name", List.of("Sam Patel")));
        return Arbitraries.oneOf(List.of(
                Combinators.combine(rowId, details).as((id, d) -> new AddInvolvedProfessional(ID, id, d)),
                Combinators.combine(rowId, details).as((id, d) -> new ChangeInvolvedProfessional(ID, id, d)),
                rowId.map(id -> new RemoveInvolvedProfessional(ID, id))));
    }

    private Arbitrary<Object> sectionSave() {
        return Arbitraries.of(ExampleAnswersForProperties.sectionSaves(ID)).map(Object.class::cast);
    }
}
