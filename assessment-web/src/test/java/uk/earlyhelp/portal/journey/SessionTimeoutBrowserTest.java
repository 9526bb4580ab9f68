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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import uk.earlyhelp.assessment.api.SectionSaved;
import uk.earlyhelp.assessment.api.StartAssessment;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;

/**
 * The session time-out in Chromium, on a portal whose sessions last 40 seconds and warn 15 seconds ahead: the
 * warning comes before the end, takes the focus, is accessible and works from the keyboard; "Stay signed in" keeps
 * the session past its first end; and what is typed after the session has ended is saved once the practitioner
 * signs in again.
 */
@ExtendWith(RequiresChromium.class)
@TestPropertySource(properties = {"portal.session.timeout=40s", "portal.session.warning-before=15s"})
class SessionTimeoutBrowserTest extends PortalWebTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(40);
    @RegisterExtension
    static final ChromiumSession chromium = ChromiumSession.withJavaScript();

    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    EventStorageEngine eventStore;
    private Pages pages;

    @Test
    void theWarningComesFirstStayingSignedInWorksAndNothingTypedAfterTheTimeOutIsLost() throws Exception {
        pages = new Pages(chromium.browser(), port);
        String id = "a-" + UUID.randomUUID();
        commands.send(new StartAssessment(id, "early-help-assessment", accountIdOf(PRACTITIONER)), accountIdOf(PRACTITIONER));
        String outcome = "/assessments/" + id + "/sections/outcome";

        pages.open("/sign-in");
        pages.type("email", PRACTITIONER);
        pages.type("password", DEMO_PASSWORD);
        pages.submit();
        pages.loaded("/");
        pages.driver().get("http://localhost:" + port + outcome);
        long loaded = System.nanoTime();

        // The warning, before the end: focus on "Stay signed in", announced as an alert dialogue.
        WebElement dialog = pages.driver().findElement(By.id("session-timeout"));
        waitUntil(Duration.ofSeconds(35), () -> dialog.getAttribute("open") != null);
        assertThat(secondsSince(loaded)).as("shown before the session ends").isLessThan(TIMEOUT.toSeconds() - 5);
        assertThat(dialog.getAttribute("role")).isEqualTo("alertdialog");
        assertThat(focused()).isEqualTo("session-timeout-stay");
        assertThat(pages.text("#session-timeout-text")).startsWith("For your security, we will sign you out in")
                .contains("seconds");
        chromium.browser().assertAccessible();

        // Stay signed in, from the keyboard: the session outlives its first end, as an autosave then shows.
        new Actions(pages.driver()).sendKeys(Keys.ENTER).perform();
        waitUntil(Duration.ofSeconds(10), () -> dialog.getAttribute("open") == null);
        Thread.sleep(Math.max(0, TIMEOUT.toMillis() + 3_000 - (System.nanoTime() - loaded) / 1_000_000));
        pages.type("outcomeReason", "Typed while still signed in");
        waitUntil(Duration.ofSeconds(15), () -> pages.text("#autosave-status").startsWith("Saved at"));

        // Left alone, the session ends: the dialogue says so, and that nothing typed will be lost.
        waitUntil(TIMEOUT.plusSeconds(20), () -> pages.driver().findElement(By.id("session-timeout-ended")).isDisplayed());
        assertThat(focused()).isEqualTo("session-timeout-close");
        chromium.browser().assertAccessible();
        pages.click("session-timeout-close");
        Thread.sleep(3_000); // the server's clock may trail the page's by a moment

        // Typed after the end, and saved: the practitioner is asked to sign in, then the save is made.
        String typedLate = "Typed after the session timed out, and not lost";
        pages.type("outcomeReason", typedLate);
        pages.click("save");
        pages.loaded("/sign-in");
        assertThat(pages.text("#main-content")).contains("Your session timed out. Sign in to save your answers");
        assertThat(lastEvent(id)).as("nothing applied before signing in").isNotEqualTo(saved(id, typedLate));
        pages.type("email", PRACTITIONER);
        pages.type("password", DEMO_PASSWORD);
        pages.submit();
        pages.loaded(outcome);

        assertThat(pages.driver().findElement(By.id("outcomeReason")).getAttribute("value")).isEqualTo(typedLate);
        assertThat(pages.text("#main-content")).contains("Saved");
        assertThat(lastEvent(id)).isEqualTo(saved(id, typedLate));
    }

    private static SectionSaved saved(String id, String reason) {
        return new SectionSaved(id, "outcome", Map.of("outcomeReason", List.of(reason)));
    }

    private Object lastEvent(String id) {
        List<Object> events = eventStore.readEvents(id).asStream().map(event -> (Object) event.getPayload()).toList();
        return events.get(events.size() - 1);
    }

    private String focused() {
        return pages.driver().switchTo().activeElement().getAttribute("id");
    }

    private void waitUntil(Duration limit, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(pages.driver(), limit, Duration.ofMillis(250)).until(driver -> condition.getAsBoolean());
    }

    private static long secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000_000;
    }
}
