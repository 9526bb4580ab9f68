package uk.earlyhelp.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountDetails;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.OrganisationType;
import uk.earlyhelp.portal.security.Role;

/**
 * Professional relationships in a real browser, every page checked with axe-core (WCAG 2.2 A/AA): the coordinator adds
 * a child, the practitioner asks to be linked (with the error page first) and sees the request waiting, the coordinator
 * searches the records (with the error first) and links them as key worker, the practitioner finds the child on the
 * dashboard and opens the record, the coordinator changes the child's address (with the error page first), and the
 * practitioner sees the new one, then withdraws a request asked by mistake.
 */
@ExtendWith(RequiresChromium.class)
class LinkedChildBrowserTest extends PortalWebTest {

    @RegisterExtension
    static final ChromiumSession chromium = ChromiumSession.withJavaScript();

    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    Clock clock;

    @Test
    void aPractitionerAsksToBeLinkedIsLinkedAsKeyWorkerAndOpensTheChildsRecord() {
        Pages pages = new Pages(chromium.browser(), port);
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String firstName = "Rowan" + unique;
        Account practitioner = practitioner();

        pages.signIn("coordinator@example.org", DEMO_PASSWORD);
        pages.open("/coordinator/children/new");
        pages.type("firstName", firstName);
        pages.type("lastName", "Browne");
        pages.type("dateOfBirth", "7");
        pages.type("dateOfBirth-month", "9");
        pages.type("dateOfBirth-year", "2018");
        pages.type("address", "3 Mill Lane\nNorthtown");
        pages.type("mosaicPersonReference", "B" + unique.toUpperCase());
        pages.submit();
        pages.loaded("/coordinator/children");
        pages.signOut();

        pages.signIn(practitioner.email(), DEMO_PASSWORD);
        pages.press(By.id("request-link"));
        pages.loaded("/relationships/request");
        pages.submit();
        pages.loaded("/relationships/request");
        assertThat(pages.text(".govuk-error-summary")).contains("Enter the child's first name", "Enter the date of birth");
        pages.type("firstName", firstName);
        pages.type("lastName", "Browne");
        pages.type("dateOfBirth", "7");
        pages.type("dateOfBirth-month", "9");
        pages.type("dateOfBirth-year", "2018");
        pages.type("reason", "I run the nursery's key-worker group for Rowan");
        pages.submit();
        pages.loaded("/");
        assertThat(pages.text("#link-requested")).contains("Your request has been sent");
        // The request waits on the dashboard (from the link-requests projection, which may be a moment behind).
        new WebDriverWait(pages.driver(), Duration.ofSeconds(20)).until(d -> {
            d.navigate().refresh();
            return d.getPageSource().contains("Waiting for the coordinator");
        });
        chromium.browser().assertAccessible();
        pages.signOut();

        pages.signIn("coordinator@example.org", DEMO_PASSWORD);
        pages.open("/coordinator/children/requests");
        new WebDriverWait(pages.driver(), Duration.ofSeconds(20)).until(d -> {
            d.navigate().refresh();
            return !d.findElements(By.xpath("//tr[td[contains(text(),'" + firstName + "')]]//a")).isEmpty();
        });
        pages.press(By.xpath("//tr[td[contains(text(),'" + firstName + "')]]//a"));
        pages.loaded("/coordinator/children/requests/");
        // The records offered are searched: a date that is not one is an error; part of the name, in any case, finds it.
        pages.type("search", "31/02/2018");
        pages.click("search-button");
        pages.loaded("search=31");
        assertThat(pages.text(".govuk-error-summary")).contains("Enter a date of birth as day, month and year");
        pages.type("search", firstName.toLowerCase());
        pages.click("search-button");
        pages.loaded("search=rowan");
        // The records offered come from the child-records projection, which may be a moment behind.
        new WebDriverWait(pages.driver(), Duration.ofSeconds(20)).until(d -> {
            boolean offered = !d.findElements(By.xpath("//label[contains(text(),'" + firstName + "')]")).isEmpty();
            if (!offered) {
                d.navigate().refresh();
            }
            return offered;
        });
        pages.driver().findElement(By.xpath("//label[contains(text(),'" + firstName + "')]")).click();
        pages.click("keyWorker");
        pages.press(By.cssSelector("form[action$='/grant'] button"));
        pages.loaded("/coordinator/children");
        pages.signOut();

        pages.signIn(practitioner.email(), DEMO_PASSWORD);
        // The child's Open link, once the linked-children projection has the link (the request alone names the child too).
        By open = By.xpath("//a[span[contains(text(),'" + firstName + "')]]");
        new WebDriverWait(pages.driver(), Duration.ofSeconds(20)).until(d -> {
            d.navigate().refresh();
            return !d.findElements(open).isEmpty();
        });
        chromium.browser().assertAccessible();
        pages.press(open);
        pages.loaded("/children/");
        assertThat(pages.text("#child-details")).contains("07/09/2018", "3 Mill Lane");
        String childPage = pages.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        pages.signOut();

        // The family moves: the coordinator changes the address (a mistake first, to see the error page too).
        pages.signIn("coordinator@example.org", DEMO_PASSWORD);
        pages.open(childPage);
        pages.click("change-details");
        pages.loaded(childPage + "/change");
        assertThat(pages.driver().findElement(By.id("address")).getAttribute("value")).isEqualTo("3 Mill Lane\nNorthtown");
        pages.type("address", "8 Canal Walk\nNorthtown");
        pages.type("lastName", "");
        pages.submit();
        pages.loaded(childPage + "/change");
        assertThat(pages.text(".govuk-error-summary")).contains("Enter the child's last name");
        pages.type("lastName", "Browne");
        pages.submit();
        new WebDriverWait(pages.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith(childPage));
        chromium.browser().assertAccessible();
        assertThat(pages.text(".govuk-notification-banner")).contains("The child's details have been changed");
        assertThat(pages.text("#child-details")).contains("8 Canal Walk");
        pages.signOut();

        // The linked practitioner sees the new address at once.
        pages.signIn(practitioner.email(), DEMO_PASSWORD);
        pages.open(childPage);
        assertThat(pages.text("#child-details")).contains("8 Canal Walk").doesNotContain("3 Mill Lane");

        // A second request, asked by mistake, is withdrawn from the dashboard.
        pages.open("/relationships/request");
        pages.type("firstName", "Mistake" + unique);
        pages.type("lastName", "Browne");
        pages.type("dateOfBirth", "1");
        pages.type("dateOfBirth-month", "1");
        pages.type("dateOfBirth-year", "2020");
        pages.type("reason", "Asked by mistake");
        pages.submit();
        pages.loaded("/");
        By withdraw = By.xpath("//button[span[contains(text(),'Mistake" + unique + "')]]");
        new WebDriverWait(pages.driver(), Duration.ofSeconds(20)).until(d -> {
            d.navigate().refresh();
            return !d.findElements(withdraw).isEmpty();
        });
        pages.driver().findElement(withdraw).click();
        new WebDriverWait(pages.driver(), Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector(".govuk-notification-banner--success")).isEmpty());
        chromium.browser().assertAccessible();
        assertThat(pages.text(".govuk-notification-banner--success")).contains("Request withdrawn");
        assertThat(pages.driver().findElements(withdraw)).isEmpty();
        pages.signOut();
    }

    private Account practitioner() {
        String email = "browser-link-" + UUID.randomUUID() + "@example.org";
        return accounts.save(Account.approved(new AccountDetails("Sam", "Keyworker", email, "01632 960000",
                "Nursery worker", "Little Acorns Nursery", OrganisationType.NURSERY, "North"), Role.PRACTITIONER,
                passwords.encode(DEMO_PASSWORD), clock.instant()));
    }
}
