package uk.earlyhelp.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import uk.earlyhelp.mosaic.delivery.ParkedDeliveries;
import uk.earlyhelp.mosaic.delivery.ParkedDelivery;
import uk.earlyhelp.mosaic.standin.MosaicStandIn;
import uk.earlyhelp.mosaic.standin.StandInBehaviour;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.mosaic.DeliveringToTheStandIn;
import uk.earlyhelp.portal.pdf.AssessmentScript;

/**
 * The administrators' delivery pages in a real browser, each state checked with axe-core (WCAG 2.2 A/AA): a parked
 * delivery in the table, the banner after retrying it, the reconciliation, and its error summary.
 */
@ExtendWith(RequiresChromium.class)
@DeliveringToTheStandIn
class AdminDeliveryPagesBrowserTest extends PortalWebTest {

    @RegisterExtension
    static final ChromiumSession chromium = ChromiumSession.withJavaScript();

    @Autowired
    MosaicStandIn standIn;
    @Autowired
    ParkedDeliveries parkedDeliveries;
    @Autowired
    ActingUserCommandGateway commands;

    @AfterEach
    void mosaicBehavesAgain() {
        standIn.behave(StandInBehaviour.normal());
        parkedDeliveries.retryAll();
    }

    @Test
    void anAdministratorRetriesAParkedDeliveryAndChecksTheReconciliation() {
        standIn.behave(StandInBehaviour.reject());
        String id = "a-" + UUID.randomUUID();
        for (Object command : new AssessmentScript(id, accountIdOf(PRACTITIONER)).finished()) {
            commands.send(command, PRACTITIONER);
        }
        new WebDriverWait(chromium.browser().driver, Duration.ofSeconds(30)).until(driver -> parkedDeliveries.list()
                .stream().map(ParkedDelivery::assessmentId).anyMatch(id::equals));
        Pages pages = new Pages(chromium.browser(), port);

        pages.signIn("admin@example.org", DEMO_PASSWORD);

        pages.press(By.linkText("Parked deliveries"));
        pages.loaded("/admin/deliveries");
        assertThat(pages.text("#parked-deliveries")).contains(id, "Mosaic refused the submission: HTTP 400 (REJECTED)");

        standIn.behave(StandInBehaviour.normal());
        pages.press(By.cssSelector("tr[data-assessment-id='" + id + "'] button"));
        pages.loaded("/admin/deliveries");
        assertThat(pages.text(".govuk-notification-banner")).contains("Delivered: assessment " + id + " is in Mosaic");

        pages.press(By.linkText("Reconciliation"));
        pages.loaded("/admin/reconciliation");
        assertThat(pages.text("#reconciliation-days")).contains("Submitted", "Delivered", "Parked");
        pages.type("to-year", "1999");
        pages.press(By.cssSelector("#period button[type=submit]"));
        pages.loaded("to-year=1999");
        assertThat(pages.text(".govuk-error-summary")).contains("End date must be the same as or after the start date");
    }
}
