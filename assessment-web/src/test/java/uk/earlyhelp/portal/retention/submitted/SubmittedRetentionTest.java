package uk.earlyhelp.portal.retention.submitted;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.earlyhelp.assessment.api.RecordMosaicDelivery;
import uk.earlyhelp.portal.MovableClock;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.audit.AuditedAssessments;
import uk.earlyhelp.portal.retention.RetentionProperties;

/**
 * Issue 15, item 3 (submitted assessments), the part that needs no erasure: an assessment submitted more than the
 * retention period ago (6 years by default) is found due, one submitted within it is not; without an erasure nothing
 * gets a receipt; with one (here a recording stand-in for issue 15, item 2's work, which does not exist yet) each
 * erased assessment gets one receipt with its dates and Mosaic reference, and is not asked for again. Assessments are
 * submitted in the past (their events stamped by a clock moved back), so no other test's assessment is ever due.
 */
class SubmittedRetentionTest extends PortalWebTest {

    @Autowired
    MovableClock clock;
    @Autowired
    SubmittedRetention retention;
    @Autowired
    RetentionReceipts receipts;
    @Autowired
    RetentionProperties properties;
    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void realTimeAgain() {
        GenericEventMessage.clock = Clock.systemUTC();
        clock.reset();
    }

    @Test
    void submittedMoreThanSixYearsAgoIsDueWithinSixYearsIsNotAndWithoutAnErasureNoReceiptIsKept() {
        String old = submittedAgo(Duration.ofDays(2));
        String recent = submittedAgo(Duration.ofDays(-2));

        List<DueForErasure> due = retention.due();
        assertThat(due).extracting(DueForErasure::assessmentId).contains(old).doesNotContain(recent);
        DueForErasure oldOne = due.stream().filter(d -> d.assessmentId().equals(old)).findFirst().orElseThrow();
        assertThat(oldOne.dueAt()).isEqualTo(oldOne.submittedAt().atZone(clock.getZone()).plusYears(6).toInstant());
        assertThat(oldOne.mosaicReference()).isEqualTo("STEP-" + old);

        SubmittedRetention.Sweep sweep = retention.sweep();
        assertThat(sweep.erased()).isZero();
        assertThat(sweep.awaitingErasure()).isGreaterThanOrEqualTo(1);
        assertThat(receipts.of(old)).isEmpty();
    }

    @Test
    void eachErasedAssessmentGetsOneReceiptWithItsDatesAndMosaicReference() {
        String old = submittedAgo(Duration.ofDays(3));
        List<String> asked = new ArrayList<>();
        SubmittedAssessmentErasure recording = due -> {
            if (!due.assessmentId().equals(old)) {
                return false; // another test's assessment: not this test's to erase
            }
            asked.add(due.assessmentId());
            return true;
        };
        SubmittedRetention withErasure = new SubmittedRetention(receipts, new StaticListableBeanFactory(
                Map.of("erasure", recording)).getBeanProvider(SubmittedAssessmentErasure.class), properties, clock);

        Instant sweptAt = clock.instant();
        withErasure.sweep();
        withErasure.sweep();

        assertThat(asked).as("asked until erased, then not again").containsExactly(old);
        RetentionReceipts.Receipt receipt = receipts.of(old).orElseThrow();
        assertThat(receipt.mosaicReference()).isEqualTo("STEP-" + old);
        assertThat(receipt.dueAt()).isEqualTo(receipt.submittedAt().atZone(clock.getZone()).plusYears(6).toInstant());
        assertThat(receipt.erasedAt()).isBetween(sweptAt.minusSeconds(1), clock.instant().plusSeconds(1));
        assertThat(retention.due()).extracting(DueForErasure::assessmentId).doesNotContain(old);
    }

    /**
     * Submitted (and delivered into Mosaic) this long more than six years ago: its events stamped then. The portal's
     * clock stays at now, as the form's date rules (an expected date of delivery) are checked against today.
     */
    private String submittedAgo(Duration beyondSixYears) {
        Instant now = clock.instant();
        GenericEventMessage.clock = Clock.offset(Clock.systemUTC(), Duration.between(now,
                now.atZone(clock.getZone()).minusYears(6).minus(beyondSixYears).toInstant()));
        String id;
        try {
            id = AuditedAssessments.submitted(commands, accountIdOf(PRACTITIONER));
            commands.send(new RecordMosaicDelivery(id, "STEP-" + id), "mosaic-projector");
        } finally {
            GenericEventMessage.clock = Clock.systemUTC();
        }
        // The row appears with no reference first (submitted), and gets it when the delivery is recorded.
        eventually(() -> jdbc.queryForList(
                "select mosaic_reference from submission_delivery where assessment_id = ?", String.class, id)
                .contains("STEP-" + id));
        return id;
    }

    private static void eventually(java.util.function.BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("the reconciliation read model caught up within 30 s").isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
