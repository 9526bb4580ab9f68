package uk.earlyhelp.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountDetails;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.Inbox;
import uk.earlyhelp.portal.account.OrganisationType;
import uk.earlyhelp.portal.security.Role;

/**
 * The staff side of accounts in a real browser, every page checked with axe-core (WCAG 2.2 A/AA): an administrator
 * adds an auditor (with the form's error page), the auditor sets a password from the emailed link and signs in, the
 * administrator removes the account and reads its history; and a coordinator reactivates an expired practitioner's account.
 */
@ExtendWith(RequiresChromium.class)
class StaffAccountJourneyBrowserTest extends PortalWebTest {

    private static final String PASSWORD = "larch-compass-ember-river";
    @RegisterExtension
    static final ChromiumSession chromium = ChromiumSession.withJavaScript();

    @Autowired
    GreenMail devOutboxServer;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void anAdministratorAddsAnAuditorWhoSetsAPasswordAndIsLaterRemoved() {
        Pages pages = new Pages(chromium.browser(), port);
        String email = "auditor-" + UUID.randomUUID() + "@example.org";

        pages.signIn("admin@example.org", DEMO_PASSWORD);
        pages.open("/"); // the staff home page, checked with axe-core too
        pages.press(By.linkText("Staff accounts"));
        pages.loaded("/admin/accounts");
        pages.press(By.linkText("Add a staff account"));
        pages.loaded("/admin/accounts/new");
        pages.choose("role", "COORDINATOR");
        pages.submit();
        pages.loaded("/admin/accounts/new");
        assertThat(pages.text(".govuk-error-summary")).contains("Enter their first name", "Select the locality of the coordinator");

        pages.type("firstName", "Rowan");
        pages.type("lastName", "Ellis");
        pages.type("email", email);
        pages.type("phone", "01632 960 555");
        pages.type("jobTitle", "Information governance auditor");
        pages.choose("role", "AUDITOR");
        pages.submit();
        pages.loaded("/admin/accounts");
        assertThat(pages.text(".govuk-notification-banner")).contains("Account added for Rowan Ellis");
        pages.signOut();

        String link = Inbox.linkPath(new Inbox(devOutboxServer).await(email, "Set your password"), "/set-password/");
        pages.open(link);
        pages.type("password", "short");
        pages.submit();
        pages.loaded(link);
        assertThat(pages.text(".govuk-error-summary")).contains("Password must be 12 characters or more");
        pages.type("password", PASSWORD);
        pages.submit();
        pages.loaded("/set-password/done");
        pages.signIn(email, PASSWORD);
        assertThat(pages.text(".portal-header__user")).contains("Rowan Ellis");
        pages.open("/");
        assertThat(pages.text("#main-content")).contains("Your account is read-only");
        pages.signOut();

        pages.signIn("admin@example.org", DEMO_PASSWORD);
        pages.open("/admin/accounts");
        pages.press(By.xpath("//tr[td[text()='" + email + "']]//a[contains(@href, '/remove')]"));
        pages.loaded("/remove");
        pages.submit();
        pages.loaded("/admin/accounts");
        assertThat(pages.text(".govuk-notification-banner")).contains("Account removed for Rowan Ellis");
        pages.press(By.xpath("//tr[td[text()='" + email + "']]//a[contains(@href, '/history')]"));
        pages.loaded("/history");
        assertThat(pages.text("#main-content table")).contains("Password set", "Removed");
        pages.signOut();
    }

    @Test
    void aCoordinatorReactivatesAnExpiredAccountOfTheirLocality() {
        Pages pages = new Pages(chromium.browser(), port);
        Account expired = Account.approved(new AccountDetails("Sky", "Turner", "p-" + UUID.randomUUID() + "@example.org",
                "01632 960 556", "Teaching assistant", "Hillside Primary", OrganisationType.SCHOOL, "North"),
                Role.PRACTITIONER, encoder.encode(PASSWORD), Instant.now());
        expired.expire();
        accounts.save(expired);

        pages.signIn("coordinator@example.org", DEMO_PASSWORD);
        pages.open("/"); // the staff home page, checked with axe-core too
        pages.open("/coordinator/accounts/" + expired.id());
        assertThat(pages.text("main")).contains("This account has expired");
        pages.submit();
        pages.loaded("/coordinator/accounts/" + expired.id());
        assertThat(pages.text(".govuk-notification-banner")).contains("Account reactivated for Sky Turner");
        pages.signOut();
    }
}
