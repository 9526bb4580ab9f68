package uk.earlyhelp.portal.retention.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;
import uk.earlyhelp.assessment.api.ActingUser;
import uk.earlyhelp.assessment.api.AddFamilyMember;
import uk.earlyhelp.assessment.api.AssessmentDeleted;
import uk.earlyhelp.assessment.api.DeleteUntouchedDraft;
import uk.earlyhelp.assessment.api.DeletionReason;
import uk.earlyhelp.assessment.api.FamilyMemberAdded;
import uk.earlyhelp.assessment.api.StartAssessment;
import uk.earlyhelp.portal.MovableClock;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.account.Inbox;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;

/**
 * Issue 15, item 3 (drafts): the real portal (H2, Axon, My Assessments, GreenMail) with its clock moved, and the sweep
 * called as its schedule would. Each draft is made in the past (the clock moved back, events stamped by it), and the
 * clock then moved forward towards now, so that no other test's draft, made at the real time, is ever due. Asserts
 * only on this test's own drafts.
 */
class DraftRetentionTest extends PortalWebTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String AUDITOR = "auditor@example.org";

    @Autowired
    MovableClock clock;
    @Autowired
    DraftRetention retention;
    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    EventStore events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GreenMail devOutboxServer;

    private Inbox inbox;

    @BeforeEach
    void eventsStampedByThePortalsClock() {
        inbox = new Inbox(devOutboxServer);
        GenericEventMessage.clock = clock;
    }

    @AfterEach
    void realTimeAgain() {
        GenericEventMessage.clock = Clock.systemUTC();
        clock.reset();
    }

    @Test
    void anUntouchedDraftsAuthorIsWarnedOnceFourteenDaysBeforeAndTheDraftIsDeletedByRetention() throws Exception {
        clock.advance(Duration.ofDays(-100));
        Instant made = clock.instant();
        String id = draft("Retentia");

        at(made, Duration.ofDays(75));
        retention.sweep();
        assertThat(warnings(id)).isZero();

        at(made, Duration.ofDays(76).plusMinutes(1));
        retention.sweep();
        retention.sweep();
        assertThat(warnings(id)).isEqualTo(1);
        MimeMessage warning = inbox.await(PRACTITIONER, "Your Early Help Assessment draft will be deleted after "
                + DAY.format(lastChange(id).getTimestamp().plus(Duration.ofDays(90)).atZone(clock.getZone())));
        assertThat(Inbox.text(warning)).contains("/assessments/" + id, "90 days").doesNotContain("Retentia");

        at(made, Duration.ofDays(89));
        retention.sweep();
        assertThat(lastChange(id).getPayload()).isNotInstanceOf(AssessmentDeleted.class);

        at(made, Duration.ofDays(90).plusMinutes(1));
        retention.sweep();
        retention.sweep();
        DomainEventMessage<?> deleted = lastChange(id);
        assertThat(deleted.getPayload()).isEqualTo(new AssessmentDeleted(id, "retention",
                DeletionReason.UNTOUCHED_DRAFT_RETENTION));
        assertThat(deleted.getMetaData()).containsEntry(ActingUser.METADATA_KEY, "retention");
        assertThat(warningsTo(id)).as("one warning email, whatever the reruns").hasSize(1);

        String timeline = HtmlUtils.htmlUnescape(mvc.perform(get("/audit/assessments/" + id)
                .with(signedInAs(AUDITOR))).andReturn().getResponse().getContentAsString());
        assertThat(timeline).contains("Deleted the draft under the council retention schedule",
                "The portal (retention schedule)");
    }

    @Test
    void aChangeAfterTheWarningStartsTheNinetyDaysAgainAndNeedsAWarningOfItsOwn() {
        clock.advance(Duration.ofDays(-160));
        Instant made = clock.instant();
        String id = draft("Revisa");
        at(made, Duration.ofDays(76).plusMinutes(1));
        retention.sweep();
        assertThat(warnings(id)).isEqualTo(1);

        commands.send(member(id, "m2", "Revisa"), accountIdOf(PRACTITIONER));
        Instant changed = clock.instant();
        at(changed, Duration.ofDays(20));
        retention.sweep();
        assertThat(lastChange(id).getPayload()).isInstanceOf(FamilyMemberAdded.class);
        assertThat(warnings(id)).as("no new warning: the change started the period again").isEqualTo(1);

        at(changed, Duration.ofDays(76));
        retention.sweep();
        assertThat(warnings(id)).as("warned again, for the version after the change").isEqualTo(2);
        eventually(() -> warningsTo(id).size() == 2, "the second warning email");
    }

    @Test
    void aSweepAfterALongOutageWarnsFirstAndStillGivesTheFullFourteenDaysNotice() {
        clock.advance(Duration.ofDays(-200));
        Instant made = clock.instant();
        String id = draft("Tardia");

        at(made, Duration.ofDays(150));
        retention.sweep();
        assertThat(lastChange(id).getPayload()).as("warned, not deleted, however late")
                .isNotInstanceOf(AssessmentDeleted.class);
        assertThat(warnings(id)).isEqualTo(1);
        Instant warned = clock.instant();

        at(warned, Duration.ofDays(13));
        retention.sweep();
        assertThat(lastChange(id).getPayload()).isNotInstanceOf(AssessmentDeleted.class);

        at(warned, Duration.ofDays(14).plusMinutes(1));
        retention.sweep();
        assertThat(lastChange(id).getPayload()).isInstanceOf(AssessmentDeleted.class);
    }

    /** Two nodes: one judged version 1 untouched, but the author saved since: Axon refuses, nothing is deleted. */
    @Test
    void aDeletionNamingAVersionOlderThanTheDraftsIsRefused() {
        String id = draft("Concurrens");
        commands.send(member(id, "m2", "Concurrens"), accountIdOf(PRACTITIONER));

        assertThatThrownBy(() -> commands.send(new DeleteUntouchedDraft(id, 1), "retention"))
                .isInstanceOf(ConflictingAggregateVersionException.class);
        assertThat(lastChange(id).getPayload()).isNotInstanceOf(AssessmentDeleted.class);
    }

    private String draft(String familyName) {
        String id = "retention-" + UUID.randomUUID();
        String author = accountIdOf(PRACTITIONER); // events name people by account id (ADR 0032)
        commands.send(new StartAssessment(id, "early-help-assessment", author), author);
        commands.send(member(id, "m1", familyName), author);
        eventually(() -> jdbc.queryForObject("select count(*) from my_assessment where assessment_id = ?",
                Integer.class, id) == 1, "My Assessments lists the draft");
        return id;
    }

    private static AddFamilyMember member(String id, String memberId, String familyName) {
        return new AddFamilyMember(id, memberId, Map.of("name", List.of("Mary " + familyName + " " + memberId),
                "dateOfBirth", List.of("1990-05-09"), "gender", List.of("female"), "relationship", List.of("mother"),
                "ethnicity", List.of("white-british")));
    }

    /** Moves the portal's clock to this long after the given instant. */
    private void at(Instant from, Duration after) {
        clock.advance(Duration.between(clock.instant(), from.plus(after)));
    }

    private DomainEventMessage<?> lastChange(String id) {
        long last = events.lastSequenceNumberFor(id).orElseThrow();
        return events.readEvents(id, last).next();
    }

    private int warnings(String id) {
        return jdbc.queryForObject("select count(*) from draft_retention_warning where assessment_id = ?",
                Integer.class, id);
    }

    private List<MimeMessage> warningsTo(String id) {
        return inbox.to(PRACTITIONER).stream().filter(m -> Inbox.text(m).contains("/assessments/" + id)).toList();
    }

    private static void eventually(java.util.function.BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("%s within 30 s", what).isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
