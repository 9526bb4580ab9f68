package uk.earlyhelp.portal.mosaic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.earlyhelp.assessment.api.DeliveredToMosaic;
import uk.earlyhelp.mosaic.delivery.MosaicDelivery;
import uk.earlyhelp.mosaic.delivery.ParkedDeliveries;
import uk.earlyhelp.mosaic.delivery.ParkedDelivery;
import uk.earlyhelp.mosaic.delivery.ParkedState;
import uk.earlyhelp.mosaic.reconciliation.DeliveryState;
import uk.earlyhelp.mosaic.reconciliation.ReconciliationDay;
import uk.earlyhelp.mosaic.reconciliation.Reconciliation;
import uk.earlyhelp.mosaic.standin.MosaicStandIn;
import uk.earlyhelp.mosaic.standin.StandInSettings;
import uk.earlyhelp.mosaic.standin.StoredSubmission;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;

/**
 * Mosaic goes away while practitioners go on finishing assessments: every one arrives exactly once after it comes
 * back, and a reset and replay of the projector afterwards sends nothing again. The stand-in here is the test's
 * own, on a port the portal is configured with, so that it can really be stopped and started again.
 */
@SpringBootTest(properties = {
        "mosaic.delivery.enabled=true",
        "mosaic.stand-in.enabled=false",
        "mosaic.delivery.retry.max-attempts=1000",
        "mosaic.delivery.retry.first-delay=100ms",
        "mosaic.delivery.retry.max-delay=1s",
        "mosaic.delivery.retry.poll-interval=100ms"})
class MosaicOutageTest {

    private static final int ASSESSMENTS = 50;
    private static final String API_KEY = "outage-test-key";
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private static Path storage;
    private static int port;
    private static MosaicStandIn standIn;

    @DynamicPropertySource
    static void freshDatabaseAndOwnStandIn(DynamicPropertyRegistry registry) throws IOException {
        Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "h2-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + directory.toAbsolutePath()
                + "/early-help-portal;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE");
        storage = directory.resolve("mosaic-stand-in");
        standIn = startStandIn(0);
        port = standIn.port();
        registry.add("mosaic.client.base-url", () -> "http://127.0.0.1:" + port + "/");
        registry.add("mosaic.client.api-key.value", () -> API_KEY);
    }

    @AfterAll
    static void stopStandIn() {
        if (standIn != null) {
            standIn.close();
        }
    }

    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;
    @Autowired
    ParkedDeliveries parkedDeliveries;
    @Autowired
    Reconciliation reconciliation;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    Clock clock;

    @Test
    void fiftyAssessmentsFinishedWhileMosaicIsDownArriveExactlyOnceAndAReplaySendsNothingAgain() {
        Assessments assessments = new Assessments(commands, queries, eventStore);
        standIn.close();

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ASSESSMENTS; i++) {
            ids.add(assessments.finish());
        }

        Eventually.until(LIMIT, () -> parkedDeliveries.list().stream().map(ParkedDelivery::assessmentId).toList()
                .containsAll(ids), "all " + ASSESSMENTS + " parked while Mosaic is down");
        assertThat(parkedDeliveries.list()).allSatisfy(parked -> {
            assertThat(parked.state()).isEqualTo(ParkedState.RETRYING);
            assertThat(parked.reason()).isEqualTo("Mosaic could not be reached (connection refused)");
        });
        Eventually.until(LIMIT, () -> today().count(DeliveryState.RETRYING) == ASSESSMENTS,
                "the reconciliation shows them retrying");

        standIn = startStandIn(port);

        Eventually.until(LIMIT, () -> parkedDeliveries.list().isEmpty(), "every parked delivery retried");
        Map<String, StoredSubmission> held = standIn.store().all().stream()
                .collect(Collectors.toMap(StoredSubmission::submissionId, s -> s));
        assertThat(held.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(held.values()).allSatisfy(stored -> assertThat(stored.deliveries()).isEqualTo(1));
        assertThat(standIn.postsReceived()).isEqualTo(ASSESSMENTS);
        for (String id : ids) {
            assertThat(assessments.events(id, DeliveredToMosaic.class))
                    .containsExactly(new DeliveredToMosaic(id, held.get(id).reference()));
        }
        Eventually.until(LIMIT, () -> today().reconciled() && today().submissions().size() == ASSESSMENTS,
                "the reconciliation shows every one delivered");

        replayTheProjector();

        assertThat(standIn.postsReceived()).isEqualTo(ASSESSMENTS);
        assertThat(standIn.store().all()).hasSize(ASSESSMENTS)
                .allSatisfy(stored -> assertThat(stored.deliveries()).isEqualTo(1));
        for (String id : ids) {
            assertThat(assessments.events(id, DeliveredToMosaic.class)).hasSize(1);
        }
    }

    private void replayTheProjector() {
        StreamingEventProcessor processor = processing
                .eventProcessor(MosaicDelivery.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        long head = eventStore.createHeadToken().position().orElseThrow();
        Eventually.until(LIMIT, () -> {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            return status.size() == tokenStore.fetchSegments(processor.getName()).length
                    && status.values().stream().allMatch(segment -> !segment.isErrorState()
                    && segment.getCurrentPosition().orElse(-1) >= head);
        }, "the projector replayed the whole stream");
    }

    private ReconciliationDay today() {
        LocalDate today = LocalDate.now(clock);
        return reconciliation.days(today, today).get(0);
    }

    private static MosaicStandIn startStandIn(int onPort) {
        return MosaicStandIn.start(new StandInSettings(onPort, storage, "X-Api-Key", API_KEY));
    }
}
