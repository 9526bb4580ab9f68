package uk.earlyhelp.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.earlyhelp.portal.PortalWebTest;

/**
 * The journey of the seed document, in Chromium: sign in, start an assessment, add Mary Smith
 * and her unborn baby, leave part-way and find it Part Completed today, reopen it, complete
 * sections 2–7 and an action, finish, and see it Submitted. axe-core checks every page on the
 * way; the outcome page is completed with the keyboard alone.
 */
@ExtendWith(RequiresChromium.class)
class SeedJourneyBrowserTest extends PortalWebTest {

    private static final ZoneId COUNCIL = ZoneId.of("Europe/London");
    @RegisterExtension
    static final ChromiumSession chromium = ChromiumSession.withJavaScript();
    private Pages pages;

    @Test
    void aPractitionerCompletesTheSeedJourneyAndEveryPageIsAccessible() {
        pages = new Pages(chromium.browser(), port);
        LocalDate today = LocalDate.now(COUNCIL);
        LocalDate due = today.plusMonths(4);

        pages.open("/");
        pages.loaded("/sign-in");
        pages.type("email", PRACTITIONER);
        pages.type("password", DEMO_PASSWORD);
        pages.submit();
        pages.loaded("/");
        assertThat(pages.text("#my-assessments-heading")).isNotBlank();

        pages.press(By.cssSelector("form[action$='/assessments'] button[type=submit]"));
        pages.loaded("/assessments/");
        String assessmentPath = pages.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        assertThat(assessmentPath).matches("/assessments/[A-Za-z0-9_-]+");

        pages.click("task-family-details");
        pages.loaded("/sections/family-details");
        addFamilyMember("Mary Smith", "9", "5", "1990", "female", "Not currently working", "mother");
        addFamilyMember("Unborn Smith", String.valueOf(due.getDayOfMonth()), String.valueOf(due.getMonthValue()),
                String.valueOf(due.getYear()), "unborn", "N/A", "unborn-child");
        assertThat(pages.text("#family-members")).contains("Mary Smith", "Unborn Smith");

        // Leave part-way: My Assessments shows it as Part Completed, changed today.
        pages.open("/");
        WebElement row = myAssessmentsRowFor("Mary Smith, Unborn Smith");
        assertThat(row.getText()).contains("Part Completed", today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                "Early Help Assessment – Portal");

        // Reopen: it resumes at the section edited last.
        row.findElement(By.partialLinkText("Open")).click();
        pages.loaded("/sections/family-details");

        pages.open(assessmentPath + "/sections/assessment");
        pages.choose("significantHarm", "no");
        pages.type("childDevelopment", "Meeting most milestones; speech a little behind. Loves drawing.");
        pages.type("parentingCapacity", "Warm and caring; routines have slipped since the move.");
        pages.type("familyEnvironment", "Temporary accommodation, one bedroom, far from family.");
        pages.type("voiceOfChild", "“I want my own bed and to go to the park.”");
        pages.type("parentsViews", "Mary wants help with housing and with sleep.");
        pages.click("save-and-continue");
        pages.loaded("/sections/");

        pages.open(assessmentPath + "/sections/action-plan");
        pages.click("add-action-plan");
        pages.loaded("/tables/action-plan/rows/");
        pages.choose("ffIndicator", "secure-housing");
        pages.driver().findElement(By.cssSelector("input[name='familyMembers']")).click();
        pages.type("need", "Settled housing");
        pages.type("action", "Housing application with support");
        pages.type("who", "Family support worker");
        pages.date("byWhen", "31", "3", String.valueOf(today.getYear() + 1));
        pages.type("hopedOutcome", "The family in a two-bedroom home");
        pages.click("save");
        pages.loaded("/sections/action-plan");

        pages.open(assessmentPath + "/sections/consent");
        pages.type("agreedBy", "Mary Smith");
        pages.type("agreedByRelationship", "Mother");
        pages.choose("childAgreed", "not-old-enough");
        pages.date("consentDate", String.valueOf(today.getDayOfMonth()), String.valueOf(today.getMonthValue()),
                String.valueOf(today.getYear()));
        pages.choose("consentMethod", "written");
        pages.type("sharingAgencies", "School, health visiting, housing");
        pages.choose("refusedOrWithdrawn", "no");
        pages.click("save-and-continue");
        pages.loaded("/sections/presenting-needs");

        pages.choose("presentingNeeds", "housing");
        pages.choose("presentingNeeds", "parenting");
        pages.click("save-and-continue");
        pages.loaded("/sections/outcome");

        completeTheOutcomeWithTheKeyboardOnly();
        pages.loaded("/sections/your-details");

        pages.type("name", "Siân Jones");
        pages.type("jobTitle", "School nurse");
        pages.type("organisation", "Riverside Primary School");
        pages.type("email", "s.jones@example.org");
        pages.type("phone", "01632 960000");
        pages.type("locality", "North");
        pages.date("completedOn", String.valueOf(today.getDayOfMonth()), String.valueOf(today.getMonthValue()),
                String.valueOf(today.getYear()));
        pages.click("save-and-continue");
        pages.loaded("/sections/key-person");

        pages.choose("isKeyPerson", "yes");
        pages.click("save-and-continue");

        pages.open(assessmentPath + "/check");
        assertThat(pages.text("#main-content")).contains("Mary Smith", "Unborn Smith", "Secure housing",
                "Team Around the Family (multi-agency plan)", "09/05/1990");
        pages.click("finish");
        pages.loaded("/confirmation");
        assertThat(pages.text("#confirmation-panel")).isNotBlank();

        pages.open("/");
        assertThat(myAssessmentsRowFor("Mary Smith, Unborn Smith").getText()).contains("Submitted");

        assertThat(chromium.browser().checkedPages()).as("pages checked by axe-core").hasSizeGreaterThanOrEqualTo(12);
    }

    private void addFamilyMember(String name, String day, String month, String year, String gender, String place,
                                 String relationship) {
        pages.click("add-family-members");
        pages.loaded("/tables/family-members/rows/");
        pages.type("name", name);
        pages.date("dateOfBirth", day, month, year);
        pages.choose("gender", gender);
        pages.type("placeOfWork", place);
        pages.choose("relationship", relationship);
        pages.choose("ethnicity", "white-british");
        pages.click("save");
        pages.loaded("/sections/family-details");
    }

    /** Tab to each control, Space to choose, type, Enter to submit: no mouse on this page. */
    private void completeTheOutcomeWithTheKeyboardOnly() {
        tabTo(By.cssSelector("input[name='outcome']"));
        // Arrow keys move through a radio group and select as they go; the first option is selected by Space.
        press(Keys.SPACE);
        press(Keys.ARROW_DOWN); // Single-agency support
        press(Keys.ARROW_UP);   // back to Team Around the Family
        assertThat(pages.driver().findElement(By.cssSelector("input[name='outcome'][value='team-around-family']"))
                .isSelected()).isTrue();
        tabTo(By.id("outcomeReason"));
        new Actions(pages.driver()).sendKeys("Housing, health and parenting needs: several agencies involved.").perform();
        tabTo(By.id("save-and-continue"));
        press(Keys.ENTER);
    }

    private void tabTo(By target) {
        WebElement wanted = pages.driver().findElement(target);
        for (int presses = 0; presses < 80; presses++) {
            if (pages.driver().switchTo().activeElement().equals(wanted)) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + target);
    }

    private void press(Keys key) {
        new Actions(pages.driver()).sendKeys(key).perform();
    }

    /** My Assessments is a projection: give it a moment to catch up, refreshing as a person would. */
    private WebElement myAssessmentsRowFor(String family) {
        return new WebDriverWait(pages.driver(), Duration.ofSeconds(15)).until(driver -> {
            var rows = driver.findElements(By.xpath("//table[@id='my-assessments']//tr[td[normalize-space()='" + family + "']]"));
            if (rows.isEmpty()) {
                driver.navigate().refresh();
                return null;
            }
            return rows.get(0);
        });
    }
}
