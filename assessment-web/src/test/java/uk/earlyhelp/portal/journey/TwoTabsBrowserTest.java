package uk.earlyhelp.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import uk.earlyhelp.assessment.api.SaveSection;
import uk.earlyhelp.assessment.api.SectionSaved;
import uk.earlyhelp.assessment.api.StartAssessment;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;

/**
 * One assessment's outcome page open in two Chromium windows of one session (ADR 0023): what window B types is
 * autosaved; window A's autosave of another answer merges with it; window A's change of the same answer is not saved
 * over B's but announced in the autosave status, its typing kept, and settled on the conflict page, checked by axe.
 */
@ExtendWith(RequiresChromium.class)
class TwoTabsBrowserTest extends PortalWebTest {

    @RegisterExtension
    static final ChromiumSession chromium = ChromiumSession.withJavaScript();

    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    EventStorageEngine eventStore;

    @Test
    void twoWindowsTypingMergeWhatTheyDidNotBothChangeAndChooseWhatTheyDid() {
        Pages pages = new Pages(chromium.browser(), port);
        String id = "a-" + UUID.randomUUID();
        commands.send(new StartAssessment(id, "early-help-assessment", accountIdOf(PRACTITIONER)), accountIdOf(PRACTITIONER));
        commands.send(new SaveSection(id, "outcome", Map.of("outcomeReason", List.of("First reason"))), PRACTITIONER);
        String outcome = "/assessments/" + id + "/sections/outcome";
        pages.signIn(PRACTITIONER, DEMO_PASSWORD);
        pages.open(outcome);
        String windowA = pages.driver().getWindowHandle();
        pages.driver().switchTo().newWindow(WindowType.WINDOW);
        pages.open(outcome);

        // Window B changes the reason.
        pages.type("outcomeReason", "Reason from B");
        waitUntil(pages, () -> pages.text("#autosave-status").startsWith("Saved at"));

        // Window A, still showing the first reason, chooses an outcome: merged, B's reason stands.
        pages.driver().switchTo().window(windowA);
        pages.choose("outcome", "team-around-family");
        waitUntil(pages, () -> pages.text("#autosave-status").startsWith("Saved at"));
        assertThat(lastSaved(id)).isEqualTo(Map.of("outcome", List.of("team-around-family"),
                "outcomeReason", List.of("Reason from B")));

        // Window A changes the reason too: a conflict, said in the live region, the typing kept in the page.
        pages.type("outcomeReason", "Reason from A");
        waitUntil(pages, () -> pages.text("#autosave-status").startsWith("Not saved yet: some of these answers"));
        assertThat(pages.driver().findElement(By.id("autosave-status")).getAttribute("aria-live")).isEqualTo("polite");
        assertThat(pages.driver().findElement(By.id("outcomeReason")).getDomProperty("value")).isEqualTo("Reason from A");
        assertThat(lastSaved(id).get("outcomeReason")).containsExactly("Reason from B");
        chromium.browser().assertAccessible();

        // The conflict page: both versions; choosing nothing is an error that keeps both; keeping mine saves it.
        pages.click("autosave-conflict-link");
        pages.loaded(outcome + "/conflict");
        assertThat(pages.text("#mine-outcomeReason")).contains("Reason from A");
        assertThat(pages.text("#theirs-outcomeReason")).contains("Reason from B");
        pages.click("save-choices");
        pages.loaded(outcome + "/conflict");
        assertThat(pages.text(".govuk-error-summary")).contains("Select which version of Reason for this outcome to keep");
        assertThat(pages.text("#mine-outcomeReason")).contains("Reason from A");
        assertThat(pages.text("#theirs-outcomeReason")).contains("Reason from B");
        pages.choose("choice-outcomeReason", "mine");
        pages.click("save-choices");
        pages.loaded(outcome);
        assertThat(pages.text(".govuk-notification-banner")).contains("Your choices have been saved");
        assertThat(pages.driver().findElement(By.id("outcomeReason")).getDomProperty("value")).isEqualTo("Reason from A");
        assertThat(lastSaved(id)).isEqualTo(Map.of("outcome", List.of("team-around-family"),
                "outcomeReason", List.of("Reason from A")));
    }

    private Map<String, List<String>> lastSaved(String id) {
        return eventStore.readEvents(id).asStream().map(event -> event.getPayload()).filter(SectionSaved.class::isInstance)
                .map(SectionSaved.class::cast).reduce((first, second) -> second).orElseThrow().answers();
    }

    private static void waitUntil(Pages pages, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(pages.driver(), Duration.ofSeconds(20)).until(driver -> condition.getAsBoolean());
    }
}
