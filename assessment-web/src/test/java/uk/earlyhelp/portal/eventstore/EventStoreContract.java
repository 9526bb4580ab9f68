package uk.earlyhelp.portal.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static DomainEventMessage<?> event(String aggregateId, long sequence, String payload) {
        return new GenericDomainEventMessage<>(PROBE_TYPE, aggregateId, sequence, payload,
                MetaData.with("origin", "schema test"));
    }
}
