package uk.earlyhelp.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.account.Inbox;

/**
 * The account lifecycle in a real browser, every page checked with axe-core (WCAG 2.2 A/AA): asking for an
 * account (with its error page), the local outbox, confirming, the coordinator's queue, approval and history,
 * signing in, and resetting the password.
 */
@ExtendWith(RequiresChromium.class)
class AccountJourneyBrowserTest extends PortalWebTest {

    @RegisterExtension
    static final ChromiumSession chromium = ChromiumSession.withJavaScript();

    @Autowired
    GreenMail devOutboxServer;

    @Test
    void aPractitionerGetsALoginThroughTheirCoordinatorAndLaterResetsTheirPassword() {
        Pages pages = new Pages(chromium.browser(), port);
        Inbox inbox = new Inbox(devOutboxServer);
        String email = "browser-" + UUID.randomUUID() + "@example.org";

        pages.open("/sign-in");
        pages.press(By.linkText("Create an account"));
        pages.loaded("/create-account");
        pages.submit();
        pages.loaded("/create-account");
        assertThat(pages.text(".govuk-error-summary")).contains("Enter your first name", "Select your locality");

        pages.type("firstName", "Jo");
        pages.type("lastName", "Brown");
        pages.type("email", email);
        pages.type("phone", "07700 900 982");
        pages.type("jobTitle", "Nursery manager");
        pages.type("organisation", "Little Acorns Nursery");
        pages.choose("organisationType", "NURSERY");
        pages.choose("locality", "North");
        pages.type("password", "acorn-meadow-lantern-42");
        pages.submit();
        pages.loaded("/create-account/check-email");

        pages.open("/dev/outbox");
        String confirm = Inbox.linkPath(inbox.await(email, "Confirm your email address"), "/create-account/confirm/");
        pages.open(confirm);
        pages.submit();
        pages.loaded("/create-account/confirmed");

        pages.signIn("coordinator@example.org", DEMO_PASSWORD);
        pages.open("/coordinator/requests");
        pages.press(By.xpath("//tr[td[text()='Jo Brown']]//a"));
        pages.loaded("/coordinator/requests/");
        pages.press(By.cssSelector("form[action$='/approve'] button"));
        pages.loaded("/coordinator/requests");
        assertThat(pages.text(".govuk-notification-banner")).contains("Account approved for Jo Brown");
        pages.open("/coordinator/accounts");
        pages.press(By.xpath("//tr[td[text()='" + email + "']]//a"));
        pages.loaded("/coordinator/accounts/");
        assertThat(pages.text("table")).contains("Account requested", "Email address confirmed", "Approved");
        pages.signOut();

        pages.signIn(email, "acorn-meadow-lantern-42");
        assertThat(pages.text(".portal-header__user")).contains("Jo Brown");
        pages.signOut();

        pages.press(By.linkText("Forgotten your password?"));
        pages.loaded("/password-reset");
        pages.type("email", email);
        pages.submit();
        pages.loaded("/password-reset/check-email");
        String reset = Inbox.linkPath(inbox.await(email, "Reset your Early Help Portal password"), "/password-reset/");
        pages.open(reset);
        pages.type("password", "short");
        pages.submit();
        pages.loaded(reset);
        assertThat(pages.text(".govuk-error-summary")).contains("Password must be 12 characters or more");
        pages.type("password", "walnut-harbour-violet-7");
        pages.submit();
        pages.loaded("/password-reset/done");
        pages.open(reset);
        assertThat(pages.text("h1")).isEqualTo("This link does not work");

        pages.signIn(email, "walnut-harbour-violet-7");
        pages.signOut();
    }
}
