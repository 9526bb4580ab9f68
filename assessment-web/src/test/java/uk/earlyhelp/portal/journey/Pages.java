package uk.earlyhelp.portal.journey;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.earlyhelp.portal.DemoSecondFactor;

/** What a practitioner does on a page, by the ids and names the templates promise. */
final class Pages {

    private final Browser browser;
    private final String base;
    // The page a click or submit was made on, until loaded() has seen it replaced.
    private WebElement clickedOn;

    Pages(Browser browser, int port) {
        this.browser = browser;
        this.base = "http://localhost:" + port;
    }

    WebDriver driver() {
        return browser.driver;
    }

    /** Goes to a page and checks it with axe-core. */
    void open(String path) {
        clickedOn = null;
        driver().get(base + path);
        browser.assertAccessible();
    }

    /**
     * After a click that loads a page: wait for it, then check it with axe-core. A form posted back to its own address
     * (an error page, a save) leaves the address as it was, so the address alone does not say the new page is there:
     * when the click went through {@link #click} or {@link #submit}, the page it was made on must also be gone.
     */
    void loaded(String pathContains) {
        WebDriverWait wait = new WebDriverWait(driver(), Duration.ofSeconds(20));
        if (clickedOn != null) {
            wait.until(ExpectedConditions.stalenessOf(clickedOn));
            clickedOn = null;
        }
        wait.until(d -> d.getCurrentUrl().contains(pathContains));
        browser.assertAccessible();
    }

    void type(String id, String text) {
        WebElement input = driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    void date(String id, String day, String month, String year) {
        type(id + "-day", day);
        type(id + "-month", month);
        type(id + "-year", year);
    }

    void choose(String name, String code) {
        driver().findElement(By.cssSelector("input[name='" + name + "'][value='" + code + "']")).click();
    }

    void click(String id) {
        clickedOn = driver().findElement(By.tagName("html"));
        driver().findElement(By.id(id)).click();
    }

    String text(String cssSelector) {
        return driver().findElement(By.cssSelector(cssSelector)).getText();
    }

    /** Presses the button of the page's own form (not the header's Sign out). */
    void submit() {
        press(By.cssSelector("#main-content form button[type=submit]"));
    }

    /** Presses a button or link that loads a page; {@link #loaded} then waits for that page. */
    void press(By button) {
        clickedOn = driver().findElement(By.tagName("html"));
        driver().findElement(button).click();
    }

    /** Signs in through the sign-in form and waits for the dashboard. */
    void signIn(String email, String password) {
        open("/sign-in");
        type("email", email);
        type("password", password);
        submit();
        new WebDriverWait(driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/")
                || d.getCurrentUrl().endsWith("/sign-in/code") || d.getCurrentUrl().endsWith("/sign-in/enrol"));
        if (driver().getCurrentUrl().endsWith("/sign-in/enrol")) {
            // A new staff account: enrol as an app would, from the secret shown as text; then past the recovery codes.
            browser.assertAccessible(); // the enrolment page, QR code and all, through axe
            String secret = text("#enrol-secret").replace(" ", "");
            type("code", DemoSecondFactor.code(secret, DemoSecondFactor.now()));
            submit();
            loaded("/sign-in/enrol");
            press(By.cssSelector("#main-content a.govuk-button"));
            new WebDriverWait(driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/"));
        }
        if (driver().getCurrentUrl().endsWith("/sign-in/code")) {
            // Staff: the second step, with the demo accounts' authenticator code (README).
            browser.assertAccessible();
            type("code", DemoSecondFactor.nextCode(email));
            submit();
            new WebDriverWait(driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/"));
        }
    }

    void signOut() {
        driver().findElement(By.cssSelector(".portal-sign-out__button")).click();
        loaded("/sign-in");
    }
}
