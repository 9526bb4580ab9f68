package uk.earlyhelp.query.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.assessment.api.AssessmentFinished;
import uk.earlyhelp.assessment.api.DeliveredToMosaic;
import uk.earlyhelp.assessment.api.FindSubmissionDeliveries;
import uk.earlyhelp.assessment.api.MosaicDeliveryFailed;
import uk.earlyhelp.assessment.api.SubmissionDeliverySummary;

/** The reconciliation read model on a fresh in-memory H2 made by the Flyway scripts, checked by Hibernate; no Spring. */
class ReconciliationProjectionTest {

    private static final Clock LONDON = Clock.system(ZoneId.of("Europe/London"));
    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

    private final SessionFactory sessions;

    ReconciliationProjectionTest() {
        String url = "jdbc:h2:mem:reconciliation-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/h2").load().migrate();
        sessions = new MetadataSources(new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_JDBC_URL, url)
                .applySetting(AvailableSettings.JAKARTA_JDBC_USER, "sa")
                .applySetting(AvailableSettings.JAKARTA_JDBC_PASSWORD, "")
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .build())
                .addAnnotatedClass(SubmissionDelivery.class)
                .buildMetadata().buildSessionFactory();
    }

    @AfterEach
    void close() {
        sessions.close();
    }

    @Test
    void listsEachDaysSubmissionsWithTheirDelivery() {
        handle(p -> {
            p.on(new AssessmentFinished("a-1", "p-1"), Instant.parse("2026-06-01T09:00:00Z"));
            p.on(new AssessmentFinished("a-2", "p-2"), Instant.parse("2026-06-01T10:00:00Z"));
            p.on(new MosaicDeliveryFailed("a-2", "Mosaic answered HTTP 503 (attempt 1; retrying automatically)", true),
                    Instant.parse("2026-06-01T10:00:01Z"));
            p.on(new DeliveredToMosaic("a-1", "STEP-000001"), Instant.parse("2026-06-01T09:00:01Z"));
        });

        List<SubmissionDeliverySummary> day = find(JUNE_1, JUNE_1);

        assertThat(day).extracting(SubmissionDeliverySummary::assessmentId).containsExactly("a-1", "a-2");
        assertThat(day.get(0).mosaicReference()).isEqualTo("STEP-000001");
        assertThat(day.get(0).deliveredAt()).isEqualTo(Instant.parse("2026-06-01T09:00:01Z"));
        assertThat(day.get(1).mosaicReference()).isNull();
        assertThat(day.get(1).failuresRecorded()).isEqualTo(1);
        assertThat(day.get(1).lastFailureReason()).startsWith("Mosaic answered HTTP 503");
    }

    @Test
    void theDayIsTheCouncilsNotUtcs() {
        // 23:30 UTC on 31 May is 00:30 on 1 June in London (summer time).
        handle(p -> p.on(new AssessmentFinished("a-1", "p-1"), Instant.parse("2026-05-31T23:30:00Z")));

        assertThat(find(JUNE_1, JUNE_1)).singleElement()
                .satisfies(s -> assertThat(s.submittedOn()).isEqualTo(JUNE_1));
        assertThat(find(JUNE_1.minusDays(1), JUNE_1.minusDays(1))).isEmpty();
    }

    @Test
    void aResetEmptiesItSoAReplayRebuildsIt() {
        handle(p -> p.on(new AssessmentFinished("a-1", "p-1"), Instant.parse("2026-06-01T09:00:00Z")));

        handle(ReconciliationProjection::onReset);
        assertThat(find(JUNE_1, JUNE_1)).isEmpty();

        handle(p -> {
            p.on(new AssessmentFinished("a-1", "p-1"), Instant.parse("2026-06-01T09:00:00Z"));
            p.on(new DeliveredToMosaic("a-1", "STEP-000001"), Instant.parse("2026-06-01T09:00:01Z"));
        });
        assertThat(find(JUNE_1, JUNE_1)).singleElement()
                .satisfies(s -> assertThat(s.mosaicReference()).isEqualTo("STEP-000001"));
    }

    @Test
    void theSameFinishSeenTwiceKeepsWhatWasDelivered() {
        handle(p -> {
            p.on(new AssessmentFinished("a-1", "p-1"), Instant.parse("2026-06-01T09:00:00Z"));
            p.on(new DeliveredToMosaic("a-1", "STEP-000001"), Instant.parse("2026-06-01T09:00:01Z"));
            p.on(new AssessmentFinished("a-1", "p-1"), Instant.parse("2026-06-01T09:00:00Z"));
        });

        assertThat(find(JUNE_1, JUNE_1)).singleElement()
                .satisfies(s -> assertThat(s.mosaicReference()).isEqualTo("STEP-000001"));
    }

    private void handle(Consumer<ReconciliationProjection> events) {
        sessions.inTransaction(session -> events.accept(new ReconciliationProjection(session, LONDON)));
    }

    private List<SubmissionDeliverySummary> find(LocalDate from, LocalDate to) {
        return sessions.fromTransaction(session -> new ReconciliationProjection(session, LONDON)
                .handle(new FindSubmissionDeliveries(from, to)).submissions());
    }
}
