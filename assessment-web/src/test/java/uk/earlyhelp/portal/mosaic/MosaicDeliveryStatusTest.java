package uk.earlyhelp.portal.mosaic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.earlyhelp.assessment.api.DeliveredToMosaic;
import uk.earlyhelp.assessment.api.MosaicDeliveryFailed;
import uk.earlyhelp.mosaic.delivery.ParkedDeliveries;
import uk.earlyhelp.mosaic.delivery.ParkedDelivery;
import uk.earlyhelp.mosaic.standin.MosaicStandIn;
import uk.earlyhelp.mosaic.standin.StandInBehaviour;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.account.Inbox;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.mail.Mailer;
import uk.earlyhelp.portal.myassessments.ProjectionCatchUp;
import uk.earlyhelp.portal.pdf.AssessmentScript;

/**
 * DOMAIN.md's delivery states, end to end: the portal delivers to its own Mosaic stand-in, and the practitioner's
 * dashboard and the submitted assessment's page say "Delivery failed – support notified" when it refuses (and the
 * administrators get one email), "Not yet delivered – retrying" while it is unavailable, and "Received by Mosaic
 * (reference …)" once an administrator's retry gets it there. A passing failure waits an hour for its next automatic
 * attempt here, so it stays "retrying" for as long as the test looks.
 */
@TestPropertySource(properties = {
        "mosaic.delivery.enabled=true",
        "mosaic.stand-in.enabled=true",
        "mosaic.delivery.retry.first-delay=1h",
        "mosaic.delivery.retry.max-delay=1h",
        "mosaic.delivery.retry.poll-interval=1s"})
class MosaicDeliveryStatusTest extends PortalWebTest {

    private static final String ADMIN = "admin@example.org";
    private static final String MAIL_PROCESSOR = "parked-delivery-mail";
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Autowired
    MosaicStandIn standIn;
    @Autowired
    ParkedDeliveries parkedDeliveries;
    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    GreenMail devOutboxServer;
    @Autowired
    Mailer mailer;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore eventStore;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    JdbcTemplate jdbc;

    Inbox inbox;
    ProjectionCatchUp mailProcessor;

    @BeforeEach
    void inbox() {
        inbox = new Inbox(devOutboxServer);
        mailProcessor = new ProjectionCatchUp(MAIL_PROCESSOR, processing, eventStore, tokenStore);
    }

    @AfterEach
    void nothingLeftParked() {
        standIn.behave(StandInBehaviour.normal());
        parkedDeliveries.retryAll();
    }

    @Test
    void aRefusedDeliveryShowsSupportNotifiedAndEmailsTheAdministratorsOnceThenARetryMakesItReceived() throws Exception {
        standIn.behave(StandInBehaviour.reject());
        String id = finishAsPractitioner();

        assertThat(eventuallyOnDashboard(id, row -> row.contains("Delivery failed")))
                .contains("Submitted", "Delivery failed – support notified");
        assertThat(deliveryOnItsPage(id)).isEqualTo("Delivery failed – support notified");
        MimeMessage notice = inbox.await(ADMIN, "assessment " + id);
        assertThat(Inbox.subject(notice)).isEqualTo("A delivery to Mosaic needs attention (assessment " + id + ")");
        assertThat(Inbox.text(notice)).contains("submitted assessment " + id, "will not be retried automatically")
                .doesNotContain(familyAndAuthorNames().toArray(String[]::new));
        assertThat(Inbox.linkPath(notice, "/admin/deliveries")).isEqualTo("/admin/deliveries");

        // An administrator retries while Mosaic still refuses: the same parking, so no second email.
        retryFromTheAdministratorsPage(id);
        assertThat(parked(id)).isTrue();

        standIn.behave(StandInBehaviour.normal());
        retryFromTheAdministratorsPage(id);

        String reference = standIn.store().find(id).orElseThrow().reference();
        assertThat(eventuallyOnDashboard(id, row -> row.contains(reference)))
                .contains("Submitted", "Received by Mosaic (reference " + reference + ")");
        assertThat(deliveryOnItsPage(id)).isEqualTo("Received by Mosaic (reference " + reference + ")");
        allMailSent();
        assertThat(noticesAbout(id)).hasSize(1);
        assertThat(new Assessments(commands, null, eventStore).events(id, MosaicDeliveryFailed.class))
                .extracting(MosaicDeliveryFailed::retrying).containsExactly(false);
    }

    @Test
    void anUnavailableMosaicShowsRetryingAndEmailsNobodyThenARetryMakesItReceived() throws Exception {
        standIn.behave(StandInBehaviour.unavailable());
        String id = finishAsPractitioner();

        assertThat(eventuallyOnDashboard(id, row -> row.contains("Not yet delivered")))
                .contains("Submitted", "Not yet delivered – retrying");
        assertThat(deliveryOnItsPage(id)).isEqualTo("Not yet delivered – retrying");

        standIn.behave(StandInBehaviour.normal());
        retryFromTheAdministratorsPage(id);

        String reference = standIn.store().find(id).orElseThrow().reference();
        assertThat(eventuallyOnDashboard(id, row -> row.contains(reference)))
                .contains("Received by Mosaic (reference " + reference + ")");
        assertThat(new Assessments(commands, null, eventStore).events(id, DeliveredToMosaic.class))
                .containsExactly(new DeliveredToMosaic(id, reference));
        allMailSent();
        assertThat(noticesAbout(id)).isEmpty();
    }

    @Test
    void theNoticesProcessorNeverSendsAgainNeitherOnAResetNorWhenItStartsAfresh() {
        standIn.behave(StandInBehaviour.reject());
        String id = finishAsPractitioner();
        inbox.await(ADMIN, "assessment " + id);
        allMailSent();
        StreamingEventProcessor processor = mailProcessor.processor();

        // Its only handler is not replayed, so Axon refuses to reset it at all.
        assertThat(processor.supportsReset()).isFalse();
        processor.shutDown();
        assertThatThrownBy(() -> processor.resetTokens(StreamableMessageSource::createTailToken))
                .isInstanceOf(IllegalStateException.class);
        // Its position lost, as on the first start after it was deployed: it begins at the head, not the tail.
        jdbc.update("delete from token_entry where processor_name = ?", MAIL_PROCESSOR);
        processor.start();
        mailProcessor.await();
        allMailSent();

        assertThat(noticesAbout(id)).hasSize(1);
    }

    private String finishAsPractitioner() {
        String id = "a-" + UUID.randomUUID();
        for (Object command : new AssessmentScript(id, accountIdOf(PRACTITIONER)).finished()) {
            commands.send(command, PRACTITIONER);
        }
        return id;
    }

    /** Retried from the page, as an administrator does: a delivery waiting for its next automatic attempt too. */
    private void retryFromTheAdministratorsPage(String id) throws Exception {
        Eventually.until(LIMIT, () -> parked(id), id + " in the dead-letter queue");
        mvc.perform(post("/admin/deliveries/retry").param("assessmentId", id).with(csrf()).with(signedInAs(ADMIN)))
                .andExpect(status().isFound());
    }

    private boolean parked(String id) {
        return parkedDeliveries.list().stream().map(ParkedDelivery::assessmentId).anyMatch(id::equals);
    }

    /**
     * Every email decided on so far has reached the outbox: the notices' processor has handled every stored event,
     * and a marker sent after that (the portal sends one email at a time, in order) has arrived.
     */
    private void allMailSent() {
        mailProcessor.await();
        String marker = "marker " + UUID.randomUUID();
        mailer.send(ADMIN, marker, marker);
        inbox.await(ADMIN, marker);
    }

    private List<MimeMessage> noticesAbout(String id) {
        return inbox.to(ADMIN).stream().filter(message -> Inbox.subject(message).contains("assessment " + id)).toList();
    }

    /** Names in the script's assessment: its family, professionals and author. None may reach an email. */
    private static List<String> familyAndAuthorNames() {
        return List.of("Smith", "Nguyễn", "Zoë", "Łukasz", "Siân", "Evans", "Nowak", "Demo Practitioner");
    }

    private String eventuallyOnDashboard(String id, Predicate<String> holds) {
        return Eventually.get(LIMIT, () -> rowOf(page("/", PRACTITIONER), "/assessments/" + id), holds,
                "My Assessments for " + id);
    }

    /** The delivery status the submitted assessment's own page shows. */
    private String deliveryOnItsPage(String id) {
        String html = page("/assessments/" + id, PRACTITIONER);
        String paragraph = html.substring(html.indexOf("id=\"delivery-status\""));
        return paragraph.substring(paragraph.indexOf('>') + 1, paragraph.indexOf("</p>")).strip();
    }

    private String page(String path, String user) {
        try {
            return mvc.perform(get(path).with(signedInAs(user))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The table row holding {@code marker}, tags and all; empty if there is none. */
    private static String rowOf(String html, String marker) {
        return Arrays.stream(html.split("</tr>")).filter(row -> row.contains(marker)).findFirst()
                .map(row -> row.substring(row.lastIndexOf("<tr"))).orElse("");
    }
}
