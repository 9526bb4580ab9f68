package uk.earlyhelp.portal.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import uk.earlyhelp.assessment.api.ActingUser;
import uk.earlyhelp.assessment.api.AssessmentRefusedException;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.api.DeliveredToMosaic;
import uk.earlyhelp.assessment.api.DeliveryStatus;
import uk.earlyhelp.assessment.api.FetchAssessment;
import uk.earlyhelp.assessment.api.MosaicDeliveryFailed;
import uk.earlyhelp.assessment.api.RecordMosaicDeliveryFailure;
import uk.earlyhelp.assessment.api.RecordMosaicDelivery;
import uk.earlyhelp.assessment.api.SaveSection;
import uk.earlyhelp.assessment.api.StartAssessment;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.earlyhelp.assessment.Assessment;
import uk.earlyhelp.assessment.api.AssessmentStarted;
import uk.earlyhelp.assessment.api.SectionSaved;

/**
 * What Axon's tables must do on every database the portal runs on, through the same beans the portal uses.
 * The Spring context starting at all proves that Flyway's schema matches Hibernate's mappings (ddl-auto=validate).
 */
abstract class EventStoreContract {

    /** Not an assessment: these rows must not be mistaken for one by the aggregate's repository. */
    private static final String PROBE_TYPE = "SchemaProbe";

    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    TransactionManager transactionManager;
    @Autowired
    Snapshotter snapshotter;
    @Autowired
    JdbcTemplate jdbc;
    /** The general serializer, which writes snapshots. */
    @Autowired
    Serializer serializer;
    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    CommandGateway gateway;
    @Autowired
    QueryGateway queries;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void readsBackStoredEventsAndSnapshots() {
        String aggregateId = UUID.randomUUID().toString();
        transactionManager.executeInTransaction(() -> storageEngine.appendEvents(
                event(aggregateId, 0, "first"), event(aggregateId, 1, "second")));
        transactionManager.executeInTransaction(() -> storageEngine.storeSnapshot(event(aggregateId, 1, "snapshot")));

        List<Object> payloads = storageEngine.readEvents(aggregateId).asStream()
                .map(event -> (Object) event.getPayload()).toList();
        assertThat(payloads).containsExactly("first", "second");
        assertThat(storageEngine.readEvents(aggregateId).next().getMetaData())
                .containsEntry("origin", "schema test");
        assertThat(storageEngine.readSnapshot(aggregateId)).hasValueSatisfying(
                snapshot -> assertThat(snapshot.getPayload()).isEqualTo("snapshot"));
    }

    @Test
    void numbersTheEventStreamWithoutGaps() {
        String aggregateId = UUID.randomUUID().toString();
        for (int sequence = 0; sequence < 3; sequence++) {
            // One transaction each, as separate saves would be: a pooled sequence would jump between them.
            DomainEventMessage<?> event = event(aggregateId, sequence, "event " + sequence);
            transactionManager.executeInTransaction(() -> storageEngine.appendEvents(event));
        }

        List<Long> globalIndexes = jdbc.queryForList(
                "select global_index from domain_event_entry where aggregate_identifier = ? order by sequence_number",
                Long.class, aggregateId);
        assertThat(globalIndexes).hasSize(3);
        assertThat(globalIndexes.get(2) - globalIndexes.get(0)).isEqualTo(2);
    }

    @Test
    void snapshotsAnAssessmentFromItsEvents() {
        String assessmentId = UUID.randomUUID().toString();
        String type = Assessment.class.getSimpleName();
        transactionManager.executeInTransaction(() -> storageEngine.appendEvents(
                new GenericDomainEventMessage<>(type, assessmentId, 0,
                        new AssessmentStarted(assessmentId, "early-help-assessment", 1, "author-1")),
                // Axon stores a snapshot only if it replaces more than one event.
                new GenericDomainEventMessage<>(type, assessmentId, 1,
                        new SectionSaved(assessmentId, "child", Map.of("first-name", List.of("Sam"))))));

        // Outside a unit of work the snapshotter works at once, in this thread.
        snapshotter.scheduleSnapshot(Assessment.class, assessmentId);

        assertThat(storageEngine.readSnapshot(assessmentId)).hasValueSatisfying(snapshot -> {
            assertThat(snapshot.getSequenceNumber()).isEqualTo(1);
            assertThat(snapshot.getPayload()).isInstanceOf(Assessment.class);
        });
    }

    @Test
    void keepsAProcessorsPositionInTheTokenStore() {
        String processor = "schema-probe-" + UUID.randomUUID();
        transactionManager.executeInTransaction(() -> tokenStore.initializeTokenSegments(processor, 1));
        transactionManager.executeInTransaction(() -> {
            tokenStore.fetchToken(processor, 0);
            tokenStore.storeToken(new GlobalSequenceTrackingToken(41), processor, 0);
        });

        assertThat(transactionManager.fetchInTransaction(() -> tokenStore.fetchToken(processor, 0)))
                .isEqualTo(new GlobalSequenceTrackingToken(41));
    }

    @Test
    void theCommandScriptLeavesExactlyItsEventsWithWhoDidItAndACorrelationId() {
        String assessmentId = "script-" + UUID.randomUUID();
        for (Object command : CommandScript.commands(assessmentId)) {
            commands.send(command, CommandScript.AUTHOR);
        }
        commands.send(new RecordMosaicDelivery(assessmentId, "STEP-1"), CommandScript.PROJECTOR);

        List<DomainEventMessage<?>> stored = storageEngine.readEvents(assessmentId).asStream()
                .<DomainEventMessage<?>>map(event -> event).toList();

        List<Object> expected = new ArrayList<>(CommandScript.events(assessmentId));
        expected.add(new DeliveredToMosaic(assessmentId, "STEP-1"));
        assertThat(stored.stream().map(event -> (Object) event.getPayload()).toList()).containsExactlyElementsOf(expected);
        assertThat(stored).extracting(DomainEventMessage::getSequenceNumber)
                .containsExactlyElementsOf(LongStream.range(0, expected.size()).boxed().toList());
        assertThat(stored).allSatisfy(event -> assertThat(event.getMetaData())
                .containsKeys(ActingUser.METADATA_KEY, "correlationId", "traceId"));
        assertThat(stored.get(0).getMetaData().get(ActingUser.METADATA_KEY)).isEqualTo(CommandScript.AUTHOR);
        assertThat(stored.get(stored.size() - 1).getMetaData().get(ActingUser.METADATA_KEY)).isEqualTo(CommandScript.PROJECTOR);
    }

    @Test
    void aCommandWithoutAnActingUserIsNotDispatched() {
        String assessmentId = "anonymous-" + UUID.randomUUID();

        assertThatThrownBy(() -> gateway.sendAndWait(new StartAssessment(assessmentId, "early-help-assessment", "x")))
                .hasMessageContaining("no acting user");
        assertThat(storageEngine.readEvents(assessmentId).asStream()).isEmpty();
    }

    @Test
    void aRefusedCommandWritesNothing() {
        String assessmentId = "refused-" + UUID.randomUUID();
        commands.send(new StartAssessment(assessmentId, "early-help-assessment", CommandScript.AUTHOR), CommandScript.AUTHOR);

        assertThatThrownBy(() -> commands.send(new SaveSection(assessmentId, "outcome",
                Map.of("outcomeReason", List.of("x".repeat(4001)))), CommandScript.AUTHOR))
                .isInstanceOf(AssessmentRefusedException.class);
        assertThat(storageEngine.readEvents(assessmentId).asStream()).hasSize(1);
    }

    /** Eight practitioners saving at once: the global index must count up with no gap and no repeat. */
    @Test
    void concurrentSavesFromEightThreadsLeaveNoGapOrDuplicateInTheGlobalIndex() throws Exception {
        int threads = 8;
        int savesEach = 25;
        Long before = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String assessmentId = "concurrent-" + t + "-" + UUID.randomUUID();
            done.add(pool.submit(() -> {
                start.await();
                commands.send(new StartAssessment(assessmentId, "early-help-assessment", "p"), "p");
                for (int save = 0; save < savesEach; save++) {
                    commands.send(new SaveSection(assessmentId, "outcome",
                            Map.of("outcomeReason", List.of("Reason number " + save))), "p");
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        List<Long> indexes = jdbc.queryForList(
                "select global_index from domain_event_entry where global_index > ? order by global_index", Long.class, before);
        assertThat(indexes).hasSize(threads * (1 + savesEach));
        assertThat(indexes).doesNotHaveDuplicates();
        assertThat(indexes.get(indexes.size() - 1) - indexes.get(0)).isEqualTo(indexes.size() - 1);
    }

    /** Every event type, as the configured event serializer writes and reads it, comes back equal. */
    @Test
    void everyEventTypeRoundTripsThroughTheConfiguredSerializer() {
        List<Class<?>> eventTypes = EventTypes.all();
        assertThat(eventTypes).hasSizeGreaterThanOrEqualTo(16);

        for (Class<?> type : eventTypes) {
            Object event = EventTypes.example(type);
            SerializedObject<byte[]> serialized = eventSerializer.serialize(event, byte[].class);
            assertThat(serialized.getType().getRevision()).as(type.getSimpleName())
                    .isEqualTo(type.getAnnotation(Revision.class).value());
            assertThat((Object) eventSerializer.deserialize(serialized)).as(type.getSimpleName()).isEqualTo(event);
        }
    }

    /**
     * A failure stored before the event said what happens next (revision 1, in the event store for good) loads through
     * the configured serializer and upcaster as retrying: read from the store, and by the assessment itself, which
     * then records the parking as revision 2.
     */
    @Test
    void aRevision1DeliveryFailureInTheStoreIsReadBackAsRetrying() {
        String assessmentId = "revision-1-" + UUID.randomUUID();
        for (Object command : CommandScript.commands(assessmentId)) {
            commands.send(command, CommandScript.AUTHOR);
        }
        String reason = "Mosaic answered HTTP 503 (attempt 1; retrying automatically)";
        DomainEventMessage<?> failed = new GenericDomainEventMessage<>(Assessment.class.getSimpleName(), assessmentId,
                CommandScript.events(assessmentId).size(), new MosaicDeliveryFailed(assessmentId, reason, true),
                MetaData.with(ActingUser.METADATA_KEY, CommandScript.PROJECTOR));
        transactionManager.executeInTransaction(() -> storageEngine.appendEvents(failed));
        // Now stored exactly as revision 1 wrote it: no "retrying" field.
        jdbc.update("update domain_event_entry set payload = ?, payload_revision = '1' where event_identifier = ?",
                ("{\"assessmentId\":\"" + assessmentId + "\",\"reason\":\"" + reason + "\"}")
                        .getBytes(StandardCharsets.UTF_8), failed.getIdentifier());

        assertThat(lastEventOf(assessmentId).getPayload()).isEqualTo(new MosaicDeliveryFailed(assessmentId, reason, true));
        assertThat(queries.query(new FetchAssessment(assessmentId), AssessmentView.class).join().delivery())
                .isEqualTo(DeliveryStatus.RETRYING);

        commands.send(new RecordMosaicDeliveryFailure(assessmentId, "Retries used up", false), CommandScript.PROJECTOR);

        assertThat(lastEventOf(assessmentId).getPayload())
                .isEqualTo(new MosaicDeliveryFailed(assessmentId, "Retries used up", false));
        assertThat(jdbc.queryForList("select payload_revision from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type = ? order by sequence_number", String.class, assessmentId,
                MosaicDeliveryFailed.class.getName())).containsExactly("1", "2");
    }

    /**
     * A snapshot taken before the assessment kept its delivery status (unannotated, so revision null) does not say
     * where the delivery stands: Axon passes it over and replays the events instead.
     */
    @Test
    void aSnapshotFromBeforeTheDeliveryStatusIsPassedOver() throws Exception {
        String assessmentId = "old-snapshot-" + UUID.randomUUID();
        for (Object command : CommandScript.commands(assessmentId)) {
            commands.send(command, CommandScript.AUTHOR);
        }
        commands.send(new RecordMosaicDeliveryFailure(assessmentId, "HTTP 400", false), CommandScript.PROJECTOR);
        snapshotter.scheduleSnapshot(Assessment.class, assessmentId);
        // The stored snapshot is sealed (ADR 0026): take its JSON as the serializer writes it, and store it back
        // unsealed, as a snapshot from before sealing would be.
        byte[] snapshot = serializer.serialize(storageEngine.readSnapshot(assessmentId).orElseThrow().getPayload(),
                byte[].class).getData();
        ObjectNode before = (ObjectNode) new ObjectMapper().readTree(snapshot);
        assertThat(before.get("delivery").asText()).isEqualTo("PARKED");
        before.remove("delivery");
        jdbc.update("update snapshot_event_entry set payload = ?, payload_revision = null where aggregate_identifier = ?",
                new ObjectMapper().writeValueAsBytes(before), assessmentId);

        assertThat(queries.query(new FetchAssessment(assessmentId), AssessmentView.class).join().delivery())
                .isEqualTo(DeliveryStatus.PARKED);
    }

    private DomainEventMessage<?> lastEventOf(String aggregateId) {
        List<? extends DomainEventMessage<?>> events = storageEngine.readEvents(aggregateId).asStream().toList();
        return events.get(events.size() - 1);
    }

    private static DomainEventMessage<?> event(String aggregateId, long sequence, String payload) {
        return new GenericDomainEventMessage<>(PROBE_TYPE, aggregateId, sequence, payload,
                MetaData.with("origin", "schema test"));
    }
}
