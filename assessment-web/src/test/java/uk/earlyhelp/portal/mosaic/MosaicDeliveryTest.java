package uk.earlyhelp.portal.mosaic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.earlyhelp.assessment.api.ActingUser;
import uk.earlyhelp.assessment.api.AssessmentFinished;
import uk.earlyhelp.assessment.api.DeliveredToMosaic;
import uk.earlyhelp.assessment.api.MosaicDeliveryFailed;
import uk.earlyhelp.mosaic.delivery.ParkedDeliveries;
import uk.earlyhelp.mosaic.delivery.ParkedDelivery;
import uk.earlyhelp.mosaic.delivery.ParkedState;
import uk.earlyhelp.mosaic.reconciliation.DeliveryState;
import uk.earlyhelp.mosaic.reconciliation.ReconciledSubmission;
import uk.earlyhelp.mosaic.reconciliation.Reconciliation;
import uk.earlyhelp.mosaic.standin.MosaicStandIn;
import uk.earlyhelp.mosaic.standin.StandInBehaviour;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;

/**
 * The embedded default end to end: the portal starts its own Mosaic stand-in, delivers each finished assessment to
 * it, records the outcome on the assessment, parks what fails, and lets an administrator retry it.
 */
@SpringBootTest(properties = {
        "mosaic.delivery.enabled=true",
        "mosaic.stand-in.enabled=true",
        "mosaic.delivery.retry.max-attempts=3",
        "mosaic.delivery.retry.first-delay=100ms",
        "mosaic.delivery.retry.max-delay=200ms",
        "mosaic.delivery.retry.poll-interval=100ms"})
class MosaicDeliveryTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void freshH2File(DynamicPropertyRegistry registry) throws IOException {
        Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "h2-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + directory.toAbsolutePath()
                + "/early-help-portal;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE");
    }

    @Autowired
    MosaicStandIn standIn;
    @Autowired
    ParkedDeliveries parkedDeliveries;
    @Autowired
    Reconciliation reconciliation;
    @Autowired
    Clock clock;
    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStore eventStore;

    Assessments assessments;

    @BeforeEach
    void assessments() {
        assessments = new Assessments(commands, queries, eventStore);
    }

    @AfterEach
    void mosaicBehavesAgain() {
        standIn.behave(StandInBehaviour.normal());
    }

    @Test
    void aFinishedAssessmentReachesMosaicOnceAndCarriesItsReference() {
        String id = assessments.finish();

        String reference = Eventually.get(LIMIT, () -> assessments.mosaicReference(id), r -> r != null, "delivered");

        assertThat(standIn.store().find(id)).hasValueSatisfying(stored -> {
            assertThat(stored.reference()).isEqualTo(reference);
            assertThat(stored.deliveries()).isEqualTo(1);
        });
        var events = assessments.events(id);
        DomainEventMessage<?> finished = events.stream()
                .filter(e -> e.getPayload() instanceof AssessmentFinished).findFirst().orElseThrow();
        DomainEventMessage<?> delivered = events.get(events.size() - 1);
        assertThat(delivered.getPayload()).isEqualTo(new DeliveredToMosaic(id, reference));
        assertThat(delivered.getMetaData().get(ActingUser.METADATA_KEY)).isEqualTo("mosaic-projector");
        assertThat(delivered.getMetaData().get("traceId")).isEqualTo(finished.getMetaData().get("traceId"));
        assertThat(reconciled(id, DeliveryState.DELIVERED).mosaicReference()).isEqualTo(reference);
    }

    @Test
    void aRefusedDeliveryIsParkedWithItsReasonUntilAnAdministratorRetriesIt() {
        standIn.behave(StandInBehaviour.reject());
        String id = assessments.finish();

        ParkedDelivery parked = Eventually.get(LIMIT, () -> parked(id), Optional::isPresent, "parked").orElseThrow();

        assertThat(parked.state()).isEqualTo(ParkedState.PARKED);
        assertThat(parked.reason()).isEqualTo("Mosaic refused the submission: HTTP 400 (REJECTED)");
        assertThat(parked.nextAttemptAt()).isNull();
        assertThat(assessments.events(id, MosaicDeliveryFailed.class)).containsExactly(new MosaicDeliveryFailed(id,
                "Mosaic refused the submission: HTTP 400 (REJECTED) (attempt 1; parked for an administrator)", false));
        assertThat(standIn.store().find(id)).isEmpty();
        assertThat(reconciled(id, DeliveryState.PARKED).reason()).isEqualTo(parked.reason());

        standIn.behave(StandInBehaviour.normal());
        assertThat(parkedDeliveries.retry(id)).isTrue();

        assertThat(assessments.mosaicReference(id)).isEqualTo(standIn.store().find(id).orElseThrow().reference());
        assertThat(parked(id)).isEmpty();
        reconciled(id, DeliveryState.DELIVERED);
    }

    @Test
    void anUnavailableMosaicIsRetriedWithBackOffThenParkedAndRetryAllDeliversIt() {
        standIn.behave(StandInBehaviour.unavailable());
        String id = assessments.finish();

        ParkedDelivery parked = Eventually.get(LIMIT, () -> parked(id),
                p -> p.isPresent() && p.get().state() == ParkedState.PARKED, "retries used up").orElseThrow();

        assertThat(parked.failedAttempts()).isEqualTo(3);
        assertThat(parked.reason()).isEqualTo("Mosaic answered HTTP 503");
        // The history shows the first failure and the parking, not each retry in between.
        assertThat(assessments.events(id, MosaicDeliveryFailed.class))
                .extracting(MosaicDeliveryFailed::reason, MosaicDeliveryFailed::retrying)
                .containsExactly(tuple("Mosaic answered HTTP 503 (attempt 1; retrying automatically)", true),
                        tuple("Mosaic answered HTTP 503 (attempt 3; retries used up; parked for an administrator)", false));

        standIn.behave(StandInBehaviour.normal());
        assertThat(parkedDeliveries.retryAll().stillParked()).isZero();

        assertThat(assessments.mosaicReference(id)).isNotNull();
        assertThat(parkedDeliveries.list()).isEmpty();
    }

    @Test
    void aRetryOfAnAssessmentThatIsNotParkedDoesNothing() {
        assertThat(parkedDeliveries.retry("a-never-parked")).isFalse();
    }

    private Optional<ParkedDelivery> parked(String id) {
        return parkedDeliveries.list().stream().filter(p -> p.assessmentId().equals(id)).findFirst();
    }

    /** Today's line for the assessment, once the reconciliation read model has caught up with this state. */
    private ReconciledSubmission reconciled(String id, DeliveryState state) {
        LocalDate today = LocalDate.now(clock);
        return Eventually.get(LIMIT, () -> reconciliation.days(today, today).get(0).submissions().stream()
                        .filter(line -> line.assessmentId().equals(id) && line.state() == state).findFirst(),
                Optional::isPresent, state + " in the reconciliation").orElseThrow();
    }
}
