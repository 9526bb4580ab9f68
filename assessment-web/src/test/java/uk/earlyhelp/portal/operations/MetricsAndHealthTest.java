package uk.earlyhelp.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.benchmark.PractitionerJourney;
import uk.earlyhelp.portal.benchmark.SignedInClient;
import uk.earlyhelp.portal.benchmark.SignedInClient.Timed;
import uk.earlyhelp.portal.mosaic.Eventually;

/**
 * Health and Prometheus metrics under /actuator: for this machine's scraper or a signed-in administrator only, and
 * with labels that name routes and messages, never a person, an address or an assessment.
 */
class MetricsAndHealthTest extends PortalWebTest {

    private static final Pattern LABEL_VALUE = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void onlyThisMachineOrAnAdministratorReachesThem() throws Exception {
        for (String path : List.of("/actuator/prometheus", "/actuator/health")) {
            mvc.perform(get(path).with(from("203.0.113.7"))).andExpect(status().is3xxRedirection());
            mvc.perform(get(path).with(from("203.0.113.7")).with(signedInAs(PRACTITIONER))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(from("203.0.113.7")).with(signedInAs("admin@example.org"))).andExpect(status().isOk());
            mvc.perform(get(path).with(from("127.0.0.1"))).andExpect(status().isOk());
        }
    }

    @Test
    void prometheusLabelsNameRoutesAndMessagesButNoPersonalData() throws Exception {
        SignedInClient browser = new SignedInClient(port);
        browser.signIn(PRACTITIONER, DEMO_PASSWORD);
        Timed started = browser.post("/assessments", browser.get("/"), "formId", "early-help-assessment");
        String id = started.location().substring(started.location().indexOf("/assessments/") + "/assessments/".length());
        Timed page = browser.get("/assessments/" + id + "/sections/outcome");
        assertThat(browser.post("/assessments/" + id + "/sections/outcome/autosave", page,
                "outcomeReason", "Mary Smith needs help with housing").status()).isEqualTo(200);

        String scrape = new SignedInClient(port).get("/actuator/prometheus", "text/plain").body();

        assertThat(scrape).contains("uri=\"/assessments/{assessmentId}/sections/{sectionId}/autosave\"")
                .contains("hikaricp_connections_active").contains("SaveSection");
        Matcher labels = LABEL_VALUE.matcher(scrape);
        int seen = 0;
        while (labels.find()) {
            seen++;
            String value = labels.group(2);
            assertThat(value).as("label " + labels.group(1)).doesNotContain("@").doesNotContain(id)
                    .doesNotContainIgnoringCase("mary").doesNotContainIgnoringCase("smith")
                    .doesNotContainIgnoringCase("practitioner");
        }
        assertThat(seen).as("labels read from the scrape").isGreaterThan(100);
    }

    @Test
    void healthSaysHowTheDatabaseAndTheEventProcessorsAre() throws Exception {
        String health = new SignedInClient(port).get("/actuator/health", "application/json").body();

        assertThat(health).contains("\"status\":\"UP\"").contains("\"db\"");
    }

    @Test
    void afterAWholeJourneyTheScrapeHasLagParkedDeliveriesAndAxonTimingsButNoNameOrEmail() throws Exception {
        SignedInClient browser = new SignedInClient(port);
        browser.signIn(PRACTITIONER, DEMO_PASSWORD);
        assertThat(PractitionerJourney.finishOne(browser, PRACTITIONER)).as("requests not answered as expected").isZero();

        String scrape = new SignedInClient(port).get("/actuator/prometheus", "text/plain").body();

        assertThat(scrape).contains("portal_processor_lag_events{processor=\"my-assessments\"} ")
                .contains("portal_mosaic_delivery_parked_assessments ")
                .contains("FinishAssessment").contains("AddFamilyMember");
        // The journey typed "Mary Smith" (a family member, consent) and the practitioner's email (your details).
        assertThat(scrape).doesNotContain(PRACTITIONER).doesNotContain("@example.org").doesNotContain("Mary Smith");
        Matcher labels = LABEL_VALUE.matcher(scrape);
        while (labels.find()) {
            assertThat(labels.group(2)).as("label " + labels.group(1)).doesNotContainIgnoringCase("mary")
                    .doesNotContainIgnoringCase("smith").doesNotContain("@");
        }
    }

    @Test
    void healthSaysHowMosaicIsAndHowFarEachProcessorIsBehind() throws Exception {
        // A processor has a lag only once it has handled an event: this test must not depend on others having run first.
        SignedInClient browser = new SignedInClient(port);
        browser.signIn(PRACTITIONER, DEMO_PASSWORD);
        assertThat(browser.post("/assessments", browser.get("/"), "formId", "early-help-assessment").status())
                .isEqualTo(302);
        Pattern lagOfMyAssessments = Pattern.compile("\"my-assessments\":\\{[^}]*\"lag\":\\d+");
        Eventually.until(Duration.ofSeconds(60), () -> lagOfMyAssessments.matcher(health()).find(),
                "my-assessments reports its lag in events");

        assertThat(health()).contains("\"mosaic\":{").contains("\"eventProcessors\":{").contains("\"mail\":{");
    }

    private String health() {
        try {
            return new SignedInClient(port).get("/actuator/health", "application/json").body();
        } catch (Exception unreachable) {
            throw new IllegalStateException(unreachable);
        }
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
