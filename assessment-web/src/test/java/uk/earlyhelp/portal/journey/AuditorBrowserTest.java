package uk.earlyhelp.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.audit.AuditPaths;
import uk.earlyhelp.portal.audit.AuditedAssessments;
import uk.earlyhelp.portal.myassessments.ProjectionCatchUp;

/**
 * The auditor's pages in a real browser, each checked with axe-core (WCAG 2.2 A/AA): Find, its error summary, the
 * timeline, the assessment as it stood (reached from the timeline by keyboard alone), the exports it links to, and the
 * author's account history.
 */
@ExtendWith(RequiresChromium.class)
class AuditorBrowserTest extends PortalWebTest {

    @RegisterExtension
    static final ChromiumSession chromium = ChromiumSession.withJavaScript();

    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore eventStore;
    @Autowired
    TokenStore tokenStore;

    @Test
    void anAuditorFindsAnAssessmentReadsItsHistoryAndOpensAMomentByKeyboard() {
        String id = AuditedAssessments.submitted(commands, accountIdOf(PRACTITIONER));
        new ProjectionCatchUp("audit-assessment-search", processing, eventStore, tokenStore).await();
        Pages pages = new Pages(chromium.browser(), port);
        pages.signIn("auditor@example.org", DEMO_PASSWORD);

        pages.press(By.id("audit-search"));
        pages.loaded("/audit");
        pages.type("changedFrom", "31");
        pages.type("changedFrom-month", "2");
        pages.type("changedFrom-year", "2026");
        pages.press(By.id("audit-search-submit"));
        pages.loaded("changedFromDay=31");
        assertThat(pages.text(".govuk-error-summary")).contains("must be a real date");

        pages.type("changedFrom", "");
        pages.type("changedFrom-month", "");
        pages.type("changedFrom-year", "");
        pages.type("name", "unborn smith");
        pages.press(By.id("audit-search-submit"));
        pages.loaded("name=unborn");
        pages.press(By.cssSelector("#audit-results a[href='" + AuditPaths.assessment(id) + "']"));
        pages.loaded(AuditPaths.assessment(id));
        assertThat(pages.text("#timeline")).contains("Added family member Unborn Smith", "Submitted");

        // Keyboard only: Tab to the first event's link, Enter to open the assessment as it stood after it.
        WebElement focused = null;
        for (int presses = 0; presses < 80; presses++) {
            pages.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            focused = pages.driver().switchTo().activeElement();
            String href = focused.getAttribute("href");
            if (href != null && href.endsWith(AuditPaths.asAt(id, 1))) break;
        }
        assertThat(focused.getAttribute("href")).endsWith(AuditPaths.asAt(id, 1));
        focused.sendKeys(Keys.ENTER);
        pages.loaded(AuditPaths.asAt(id, 1));
        assertThat(pages.text("#as-at-heading")).contains("after event 1 of 13");

        pages.open(AuditPaths.assessment(id));
        for (String link : List.of("export-csv", "export-json")) {
            String href = pages.driver().findElement(By.id(link)).getAttribute("href");
            Object status = ((JavascriptExecutor) pages.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Cache-Control')));", href);
            assertThat(status).as(link).isEqualTo("200 no-store");
        }

        // The author's account history, with its links to children (ADR 0029), through axe as every page here.
        pages.press(By.cssSelector("a[href^='/audit/accounts/']"));
        pages.loaded("/audit/accounts/");
        assertThat(pages.text("main")).contains("Links to children");
    }
}
