package uk.earlyhelp.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import uk.earlyhelp.portal.PortalWebTest;

/**
 * The administrators' integrator pages in a real browser, every page checked with axe-core (WCAG 2.2 A/AA): add a
 * client (with the form's error page), see its token once, set its webhook, rotate its token, revoke it.
 */
@ExtendWith(RequiresChromium.class)
class IntegratorJourneyBrowserTest extends PortalWebTest {

    @RegisterExtension
    static final ChromiumSession chromium = ChromiumSession.withJavaScript();

    @Test
    void anAdministratorAddsAClientSetsItsWebhookRotatesItsTokenAndRevokesIt() {
        Pages pages = new Pages(chromium.browser(), port);
        String name = "Data warehouse " + UUID.randomUUID().toString().substring(0, 8);

        pages.signIn("admin@example.org", DEMO_PASSWORD);
        pages.open("/");
        pages.press(By.linkText("Integrator clients"));
        pages.loaded("/admin/integrators");
        pages.press(By.linkText("Add an integrator client"));
        pages.loaded("/admin/integrators/new");
        pages.type("name", name);
        pages.submit();
        pages.loaded("/admin/integrators/new");
        assertThat(pages.text(".govuk-error-summary")).contains("Select the events the client may read",
                "Select whether personal data should be redacted");

        pages.choose("groups", "assessments");
        pages.choose("groups", "deliveries");
        pages.choose("redacted", "yes");
        pages.submit();
        pages.loaded("/admin/integrators/new");
        assertThat(pages.text(".govuk-panel")).contains("Integrator client added", name);
        assertThat(chromium.browser().driver.findElement(By.id("token")).getDomProperty("value")).startsWith("ehp_");

        pages.press(By.linkText("Back to integrator clients"));
        pages.loaded("/admin/integrators");
        pages.press(By.xpath("//tr[td[text()='" + name + "']]//a[contains(@href, '/webhook')]"));
        pages.loaded("/webhook");
        pages.type("url", "http://127.0.0.1:9/hooks");
        pages.submit();
        pages.loaded("/webhook");
        assertThat(pages.text(".govuk-panel")).contains("Webhook set");

        pages.open("/admin/integrators");
        pages.press(By.xpath("//tr[td[text()='" + name + "']]//button[contains(., 'Rotate token')]"));
        pages.loaded("/rotate");
        assertThat(pages.text(".govuk-panel")).contains("New token made");

        pages.open("/admin/integrators");
        pages.press(By.xpath("//tr[td[text()='" + name + "']]//a[contains(@href, '/revoke')]"));
        pages.loaded("/revoke");
        pages.submit();
        pages.loaded("/admin/integrators");
        assertThat(pages.text(".govuk-notification-banner")).contains(name + " can no longer read events");
        pages.signOut();
    }
}
