package uk.earlyhelp.portal.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.assessment.api.AssessmentStarted;
import uk.earlyhelp.assessment.api.SectionSaved;

class TaskListAndSectionPagesTest extends WizardTest {

    @Test
    void startingAnAssessmentOpensItsTaskListWithEverySectionNotStarted() throws Exception {
        String id = start();

        assertThat(events(id)).containsExactly(new AssessmentStarted(id, FORM, 1, accountIdOf(PRACTITIONER)));
        String taskList = page("/assessments/" + id);
        assertThat(taskList).contains("<h1 class=\"govuk-heading-l\">Early Help Assessment – Portal</h1>",
                "You have completed 0 of 8 sections.", "href=\"/assessments/" + id + "/sections/family-details\"",
                "href=\"/assessments/" + id + "/sections/key-person\"", "href=\"/assessments/" + id + "/check\"");
        assertThat(taskList.split("govuk-tag govuk-tag--blue", -1)).hasSize(9);
    }

    @Test
    void savingASectionStoresItsAnswersAndShowsThemAgainWithASavedBanner() throws Exception {
        String id = start();

        submit("/assessments/" + id + "/sections/consent", TypedAnswers.consent())
                .andExpect(redirectedUrl("/assessments/" + id + "/sections/consent"))
                .andExpect(flash().attribute("banner", "Saved"));

        assertThat(events(id)).last().isEqualTo(new SectionSaved(id, "consent", Map.of(
                "agreedBy", List.of("Mary Smith"), "agreedByRelationship", List.of("Mother"),
                "childAgreed", List.of("not-old-enough"), "consentDate", List.of("2024-03-02"),
                "consentMethod", List.of("written"), "sharingAgencies", List.of("School, health visiting"),
                "refusedOrWithdrawn", List.of("no"))));
        String again = page("/assessments/" + id + "/sections/consent");
        assertThat(again).contains("<h1 class=\"govuk-heading-l\">Consent arrangements</h1>",
                "<span class=\"govuk-caption-l\">Early Help Assessment – Portal</span>",
                "id=\"agreedBy\" name=\"agreedBy\" value=\"Mary Smith\"", "id=\"consentDate-day\" name=\"consentDate-day\" value=\"2\"",
                "id=\"consentDate-year\" name=\"consentDate-year\" value=\"2024\"", "value=\"written\" checked",
                "data-module=\"govuk-character-count\"", "data-maxlength=\"1000\"");
        assertThat(page("/assessments/" + id)).containsPattern("id=\"task-consent-status\">\\s*Completed");
    }

    @Test
    void saveAndContinueGoesToTheNextSectionAndAfterTheLastToCheckYourAnswers() throws Exception {
        String id = start();

        submit("/assessments/" + id + "/sections/consent", "wizard-next", "continue")
                .andExpect(redirectedUrl("/assessments/" + id + "/sections/presenting-needs"));
        submit("/assessments/" + id + "/sections/key-person", "wizard-next", "continue", "isKeyPerson", "yes")
                .andExpect(redirectedUrl("/assessments/" + id + "/check"));
        assertThat(page("/assessments/" + id + "/sections/consent"))
                .contains("class=\"govuk-back-link\" href=\"/assessments/" + id + "/sections/action-plan\"");
    }

    @Test
    void anImpossibleDateAndTooLongATextAreShownWithEverythingTypedAndNothingIsStored() throws Exception {
        String id = start();
        String tooLong = "x".repeat(1001);

        String page = submit("/assessments/" + id + "/sections/consent", "agreedBy", tooLong, "agreedByRelationship", "Aunt",
                "consentDate-day", "31", "consentDate-month", "2", "consentDate-year", "2024", "consentMethod", "verbal")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Error: Consent arrangements", "There is a problem",
                "<a href=\"#agreedBy\">Who agreed must be 1,000 characters or fewer</a>",
                "<a href=\"#consentDate-day\">Date agreed must be a real date</a>",
                "id=\"consentDate-error\"", "id=\"agreedBy-error\"", "govuk-form-group--error",
                "value=\"" + tooLong + "\"", "value=\"Aunt\"", "id=\"consentDate-day\" name=\"consentDate-day\" value=\"31\"",
                "value=\"verbal\" checked");
        assertThat(page.replaceAll("\\s+", " ")).contains(
                "govuk-input--width-2 govuk-input--error\" type=\"text\" inputmode=\"numeric\" id=\"consentDate-day\"",
                "govuk-input--width-4 govuk-input--error\" type=\"text\" inputmode=\"numeric\" id=\"consentDate-year\"");
        assertThat(page.indexOf("#agreedBy")).isLessThan(page.indexOf("#consentDate-day"));
        assertThat(events(id)).hasSize(1);
    }

    @Test
    void aDateWithAPartMissingSaysWhichPart() throws Exception {
        String id = start();

        String page = submit("/assessments/" + id + "/sections/your-details", "completedOn-day", "4", "completedOn-year", "2024")
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<a href=\"#completedOn-day\">Date must include a month</a>");
        assertThat(events(id)).hasSize(1);
    }

    @Test
    void aFollowUpToATickedBoxIsRevealedByItAndAFollowUpToARadioAnswerSaysWhenItApplies() throws Exception {
        String id = start();

        String needs = page("/assessments/" + id + "/sections/presenting-needs");
        assertThat(needs).contains("data-aria-controls=\"conditional-presentingNeeds-other\"",
                "class=\"govuk-checkboxes__conditional govuk-checkboxes__conditional--hidden\" id=\"conditional-presentingNeeds-other\"");
        assertThat(needs.indexOf("id=\"conditional-presentingNeeds-other\"")).isLessThan(needs.indexOf("id=\"otherNeed\""));

        String keyPerson = page("/assessments/" + id + "/sections/key-person");
        assertThat(keyPerson).contains("govuk-radios--inline", "id=\"keyPersonName\"",
                "Only if the answer to \u201cIs the person completing this form the key person (lead practitioner) for this family?\u201d is \u201cNo\u201d.")
                .doesNotContain("govuk-radios__conditional");
    }

    @Test
    void significantHarmStopsTheFormWithTheSafeguardingContactAndLocksTheOtherSections() throws Exception {
        String id = start();

        submit("/assessments/" + id + "/sections/assessment", "significantHarm", "yes", "wizard-next", "continue")
                .andExpect(redirectedUrl("/assessments/" + id + "/stop"));

        assertThat(page("/assessments/" + id + "/stop")).contains("A child may be at risk of significant harm",
                "Multi-Agency Safeguarding Hub (MASH) now on 0300 000 0000", "govuk-warning-text");
        String taskList = page("/assessments/" + id);
        assertThat(taskList).contains("Cannot start yet", "href=\"/assessments/" + id + "/sections/assessment\"")
                .doesNotContain("href=\"/assessments/" + id + "/sections/consent\"");
        int before = events(id).size();
        String refused = submit("/assessments/" + id + "/sections/consent", TypedAnswers.consent())
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem",
                "href=\"/assessments/" + id + "/sections/assessment#significantHarm\"", "0300 000 0000");
        assertThat(events(id)).hasSize(before);
    }

    @Test
    void aSectionThatIsNotOnTheFormIsNotFound() throws Exception {
        String id = start();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/assessments/" + id + "/sections/no-such-section").with(signedInAs(PRACTITIONER)))
                .andExpect(status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/assessments/no-such-assessment").with(signedInAs(PRACTITIONER)))
                .andExpect(status().isNotFound());
    }
}
