package uk.earlyhelp.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import uk.earlyhelp.portal.PortalWebTest;

/**
 * The error pages in a real browser, checked with axe-core: one Tomcat answers before the portal's filters run
 * ({@code %00} in the path), an unknown page signed in, and the service's own failure.
 */
@ExtendWith(RequiresChromium.class)
class ErrorPagesBrowserTest extends PortalWebTest {

    @RegisterExtension
    static final ChromiumSession chromium = ChromiumSession.withJavaScript();

    @Test
    void errorPagesAreAccessibleGovUkPages() {
        Pages pages = new Pages(chromium.browser(), port);

        pages.open("/assessments/%00");
        assertThat(chromium.browser().driver.getTitle())
                .isEqualTo("Sorry, the portal could not understand that request – Early Help Portal");
        assertThat(chromium.browser().driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Sorry, the portal could not understand that request");

        pages.signIn(PRACTITIONER, DEMO_PASSWORD);
        pages.open("/no-such-page");
        assertThat(chromium.browser().driver.getTitle()).isEqualTo("Page not found – Early Help Portal");
        pages.open("/error");
        assertThat(chromium.browser().driver.getTitle()).isEqualTo("Sorry, there is a problem with the service – Early Help Portal");
    }
}
