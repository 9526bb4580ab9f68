package uk.earlyhelp.portal.mosaic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.earlyhelp.mosaic.delivery.ParkedDeliveries;
import uk.earlyhelp.mosaic.delivery.ParkedDelivery;
import uk.earlyhelp.mosaic.standin.MosaicStandIn;
import uk.earlyhelp.mosaic.standin.StandInBehaviour;
import uk.earlyhelp.mosaic.standin.StoredSubmission;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.pdf.AssessmentScript;

/**
 * Acceptance 2, 4 and 6 of the Mosaic delivery, through the administrators' pages and the practitioner's dashboard,
 * with the portal delivering to its own stand-in: a refused delivery is parked and listed with its reason, a retry
 * from the page delivers it exactly once, My Assessments follows, and the reconciliation shows each day's deliveries.
 */
@DeliveringToTheStandIn
class AdminDeliveryPagesTest extends PortalWebTest {

    private static final String ADMIN = "admin@example.org";
    private static final String PARKED_PAGE = "/admin/deliveries";
    private static final String REFUSED = "Mosaic refused the submission: HTTP 400 (REJECTED)";
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Autowired
    MosaicStandIn standIn;
    @Autowired
    ParkedDeliveries parkedDeliveries;
    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    Clock clock;

    @AfterEach
    void nothingLeftParked() {
        GenericEventMessage.clock = Clock.systemUTC();
        standIn.behave(StandInBehaviour.normal());
        parkedDeliveries.retryAll();
    }

    @Test
    void aRefusedDeliveryIsListedWithItsReasonAndRetryFromThePageDeliversItOnce() throws Exception {
        standIn.behave(StandInBehaviour.reject());
        String id = finishAsPractitioner();
        awaitParked(id);

        String listed = page(get(PARKED_PAGE));
        assertThat(rowOf(listed, id)).contains(id, REFUSED, "Parked", "value=\"" + id + "\"", "name=\"_csrf\"");
        assertThat(eventuallyOnDashboard(id, row -> row.contains("Delivery failed")))
                .contains("Submitted", "Delivery failed – support notified");

        assertThat(pageAfter(retry(id))).contains("Failed again: " + REFUSED, "Assessment " + id + " stays parked.");
        assertThat(standIn.store().find(id)).isEmpty();

        standIn.behave(StandInBehaviour.normal());
        String afterRetry = pageAfter(retry(id));

        StoredSubmission stored = standIn.store().find(id).orElseThrow();
        assertThat(stored.deliveries()).isEqualTo(1);
        assertThat(afterRetry).contains("Delivered: assessment " + id + " is in Mosaic", "There are no parked deliveries.")
                .doesNotContain("value=\"" + id + "\"");
        assertThat(eventuallyOnDashboard(id, row -> row.contains(stored.reference())))
                .contains("Submitted", "Received by Mosaic (reference " + stored.reference() + ")");
    }

    @Test
    void retryAllDeliversEveryParkedDeliveryOnce() throws Exception {
        standIn.behave(StandInBehaviour.reject());
        String first = finishAsPractitioner();
        String second = finishAsPractitioner();
        awaitParked(first);
        awaitParked(second);
        assertThat(page(get(PARKED_PAGE))).contains("2 parked deliveries", "Retry all", first, second);

        standIn.behave(StandInBehaviour.normal());
        MvcResult retried = mvc.perform(post(PARKED_PAGE + "/retry-all").with(csrf()).with(signedInAs(ADMIN)))
                .andExpect(status().isFound()).andExpect(header().string("Location", PARKED_PAGE)).andReturn();

        assertThat(pageAfter(retried)).contains("Delivered: 2 assessments are in Mosaic", "There are no parked deliveries.");
        for (String id : List.of(first, second)) {
            assertThat(standIn.store().find(id)).hasValueSatisfying(stored -> assertThat(stored.deliveries()).isEqualTo(1));
        }
    }

    @Test
    void theReconciliationShowsEachDaysSubmissionsWithTheirStateAndReference() throws Exception {
        // Three and two days ago, days no other test submits on, so each day's counts are this test's alone.
        Instant threeDaysAgo = clock.instant().minus(Duration.ofDays(3));
        Instant twoDaysAgo = clock.instant().minus(Duration.ofDays(2));
        String delivered = finishedAt(threeDaysAgo);
        String firstReference = awaitReference(delivered);
        standIn.behave(StandInBehaviour.reject());
        String parked = finishedAt(threeDaysAgo);
        awaitParked(parked);
        standIn.behave(StandInBehaviour.normal());
        String deliveredLater = finishedAt(twoDaysAgo);
        String laterReference = awaitReference(deliveredLater);
        LocalDate dayOne = LocalDate.ofInstant(threeDaysAgo, clock.getZone());
        LocalDate dayTwo = LocalDate.ofInstant(twoDaysAgo, clock.getZone());
        LocalDate before = dayOne.minusDays(1);

        String page = Eventually.get(LIMIT, () -> page(period(before, dayTwo)),
                html -> counts(html, dayTwo).equals(List.of("1", "1", "0", "0", "0")), "the days reconciled");

        assertThat(counts(page, before)).containsExactly("0", "0", "0", "0", "0");
        assertThat(counts(page, dayOne)).containsExactly("2", "1", "0", "0", "1");
        assertThat(rowOf(page, "submission-" + delivered)).contains("Delivered", firstReference);
        assertThat(rowOf(page, "submission-" + parked)).contains("Parked", REFUSED);
        assertThat(rowOf(page, "submission-" + deliveredLater)).contains("Delivered", laterReference);

        MockHttpServletResponse csv = mvc.perform(withPeriod(get("/admin/reconciliation.csv"), before, dayTwo)
                .with(signedInAs(ADMIN))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"mosaic-reconciliation-" + before + "-to-" + dayTwo + ".csv\"");
        List<String> lines = List.of(csv.getContentAsString().split("\r\n"));
        assertThat(lines).hasSize(4).first()
                .isEqualTo("day,assessment_id,submitted_at,state,mosaic_reference,delivered_at,reason");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("\"" + dayOne + "\",\"" + delivered + "\",")
                .contains("\"DELIVERED\",\"" + firstReference + "\""));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("\"" + dayOne + "\",\"" + parked + "\",")
                .endsWith("\"PARKED\",\"\",\"\",\"" + REFUSED + "\""));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("\"" + dayTwo + "\",\"" + deliveredLater + "\",")
                .contains("\"DELIVERED\",\"" + laterReference + "\""));
    }

    private String finishAsPractitioner() {
        String id = "a-" + UUID.randomUUID();
        for (Object command : new AssessmentScript(id, accountIdOf(PRACTITIONER)).finished()) {
            commands.send(command, PRACTITIONER);
        }
        return id;
    }

    /**
     * Finished on another day: the day of an assessment's submission is its event's timestamp, which Axon takes from
     * its own clock, not the portal's.
     */
    private String finishedAt(Instant at) {
        GenericEventMessage.clock = Clock.fixed(at, clock.getZone());
        try {
            return finishAsPractitioner();
        } finally {
            GenericEventMessage.clock = Clock.systemUTC();
        }
    }

    private void awaitParked(String id) {
        Eventually.until(LIMIT, () -> parkedDeliveries.list().stream().map(ParkedDelivery::assessmentId)
                .anyMatch(id::equals), id + " parked");
    }

    private String awaitReference(String id) {
        return Eventually.get(LIMIT, () -> standIn.store().find(id).map(StoredSubmission::reference).orElse(null),
                reference -> reference != null, id + " in the stand-in");
    }

    private MvcResult retry(String id) throws Exception {
        return mvc.perform(post(PARKED_PAGE + "/retry").param("assessmentId", id).with(csrf()).with(signedInAs(ADMIN)))
                .andExpect(status().isFound()).andExpect(header().string("Location", PARKED_PAGE)).andReturn();
    }

    /** The page the redirect after a retry shows, with the banner the retry left for it. */
    private String pageAfter(MvcResult retried) throws Exception {
        return page(get(PARKED_PAGE).flashAttrs(retried.getFlashMap()));
    }

    private String page(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request.with(signedInAs(ADMIN))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String eventuallyOnDashboard(String id, Predicate<String> holds) {
        return Eventually.get(LIMIT, () -> {
            try {
                return rowOf(mvc.perform(get("/").with(signedInAs(PRACTITIONER))).andReturn().getResponse()
                        .getContentAsString(), "/assessments/" + id);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }, holds, "My Assessments for " + id);
    }

    private static MockHttpServletRequestBuilder period(LocalDate from, LocalDate to) {
        return withPeriod(get("/admin/reconciliation"), from, to);
    }

    private static MockHttpServletRequestBuilder withPeriod(MockHttpServletRequestBuilder request, LocalDate from,
                                                            LocalDate to) {
        return request.param("from-day", "" + from.getDayOfMonth()).param("from-month", "" + from.getMonthValue())
                .param("from-year", "" + from.getYear()).param("to-day", "" + to.getDayOfMonth())
                .param("to-month", "" + to.getMonthValue()).param("to-year", "" + to.getYear());
    }

    /** The table row holding {@code marker} (an id, or a link), tags and all; empty if there is none. */
    private static String rowOf(String html, String marker) {
        return Arrays.stream(html.split("</tr>")).filter(row -> row.contains(marker)).findFirst()
                .map(row -> row.substring(row.lastIndexOf("<tr"))).orElse("");
    }

    /** A day's counts on the reconciliation page: submitted, delivered, sending, retrying, parked. */
    private static List<String> counts(String html, LocalDate day) {
        return Arrays.stream(rowOf(html, "id=\"counts-" + day + "\"").split("<td")).skip(1)
                .map(cell -> cell.replaceAll("(?s)^[^>]*>", "").replaceAll("(?s)<.*", "").strip()).toList();
    }
}
