package uk.earlyhelp.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import uk.earlyhelp.assessment.api.SectionSaved;
import uk.earlyhelp.portal.PortalWebTest;

/**
 * Progressive enhancement: with JavaScript switched off in the browser, a practitioner can still
 * sign in, start an assessment, save a section with its buttons, and is shown errors inline.
 */
@ExtendWith(RequiresChromium.class)
class WithoutJavaScriptBrowserTest extends PortalWebTest {

    @RegisterExtension
    static final ChromiumSession chromium = ChromiumSession.withoutJavaScript();

    @Autowired
    EventStorageEngine events;

    @Test
    void aSectionIsSavedAndValidatedWithJavaScriptOff() {
        Pages pages = new Pages(chromium.browser(), port);
        pages.open("/sign-in");
        pages.type("email", PRACTITIONER);
        pages.type("password", DEMO_PASSWORD);
        pages.submit();
        pages.loaded("/");
        // The layout's start-up script marks the page js-enabled; with scripts off it never runs.
        assertThat(pages.driver().findElement(By.tagName("body")).getAttribute("class"))
                .as("page scripts really are off").doesNotContain("js-enabled");

        pages.press(By.cssSelector("form[action$='/assessments'] button[type=submit]"));
        pages.loaded("/assessments/");
        String assessmentId = pages.driver().getCurrentUrl().replaceFirst("^.*/assessments/", "");

        pages.open("/assessments/" + assessmentId + "/sections/consent");
        pages.type("agreedBy", "Mary Smith");
        pages.date("consentDate", "31", "2", "2026");
        pages.click("save");
        pages.loaded("/sections/consent");
        assertThat(pages.text(".govuk-error-summary")).isNotBlank();
        assertThat(pages.driver().findElement(By.id("agreedBy")).getAttribute("value")).isEqualTo("Mary Smith");
        assertThat(saves(assessmentId)).isEmpty();

        pages.date("consentDate", "5", "1", "2026");
        pages.click("save");
        pages.loaded("/sections/consent");
        assertThat(pages.driver().findElements(By.cssSelector(".govuk-error-summary"))).isEmpty();
        assertThat(saves(assessmentId)).singleElement().satisfies(saved -> assertThat(saved.answers())
                .containsEntry("agreedBy", List.of("Mary Smith"))
                .containsEntry("consentDate", List.of("2026-01-05")));
    }

    private List<SectionSaved> saves(String assessmentId) {
        return events.readEvents(assessmentId).asStream()
                .map(event -> event.getPayload())
                .filter(SectionSaved.class::isInstance).map(SectionSaved.class::cast).toList();
    }
}
