package uk.earlyhelp.portal.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.assessment.api.AssessmentFinished;

class CheckAndFinishTest extends WizardTest {

    private static final Pattern ROW_ID = Pattern.compile("name=\"rowId\" value=\"([a-z0-9]+)\"");

    @Test
    void finishingTooSoonListsEveryMissingItemLinkedToWhereItIsPutRight() throws Exception {
        String id = start();
        String base = "/assessments/" + id;

        String page = submit(base + "/finish").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Error: Check your answers", "There is a problem",
                "<a href=\"" + base + "/tables/family-members/rows/new\">Add at least one family member</a>",
                "<a href=\"" + base + "/sections/assessment#significantHarm\">Answer the question: Is any child at risk of significant harm?</a>",
                "<a href=\"" + base + "/tables/action-plan/rows/new\">Add at least one action</a>",
                "<a href=\"" + base + "/sections/consent#consentDate-day\">Enter date agreed</a>",
                "<a href=\"" + base + "/sections/presenting-needs#presentingNeeds\">",
                "<a href=\"" + base + "/sections/key-person#isKeyPerson\">");
        assertThat(page.split("<li><a href=", -1)).hasSizeGreaterThan(25);
        assertThat(events(id)).hasSize(1);
    }

    @Test
    void aCompletedAssessmentIsCheckedFinishedConfirmedAndThenReadOnly() throws Exception {
        String id = start();
        String base = "/assessments/" + id;
        String memberId = rowId(base + "/tables/family-members/rows/new");
        submit(base + "/tables/family-members/rows/new", TypedAnswers.mary(memberId));
        submit(base + "/sections/assessment", TypedAnswers.assessment());
        submit(base + "/tables/action-plan/rows/new", TypedAnswers.action(rowId(base + "/tables/action-plan/rows/new"), memberId));
        submit(base + "/sections/consent", TypedAnswers.consent());
        submit(base + "/sections/presenting-needs", TypedAnswers.presentingNeeds());
        submit(base + "/sections/outcome", TypedAnswers.outcome());
        submit(base + "/sections/your-details", TypedAnswers.yourDetails());
        submit(base + "/sections/key-person", TypedAnswers.keyPerson());
        assertThat(page(base)).contains("You have completed 8 of 8 sections.");

        String check = page(base + "/check");
        assertThat(check).contains("Check your answers before submitting your assessment", "White British", "09/05/1990",
                "02/03/2024", "Team Around the Family (multi-agency plan)", "Housing or homelessness", "Not old enough to agree",
                "href=\"" + base + "/sections/consent#consentDate-day\"", "href=\"" + base + "/sections/outcome#outcome\"",
                "Action 1: Secure housing", "id=\"finish\"")
                .doesNotContain("white-british", "team-around-family\"", "There is a problem");
        assertThat(check).containsPattern("Family members concerned</dt>\\s*<dd class=\"govuk-summary-list__value\">\\s*Mary Smith");

        submit(base + "/finish").andExpect(redirectedUrl(base + "/confirmation"));
        assertThat(events(id)).last().isEqualTo(new AssessmentFinished(id, accountIdOf(PRACTITIONER)));
        assertThat(page(base + "/confirmation")).contains("govuk-panel--confirmation", "Assessment submitted",
                "What happens next", "Mosaic");

        String readOnly = page(base);
        assertThat(readOnly).contains("Submitted", "Sending to Mosaic", "Mary Smith", "09/05/1990")
                .doesNotContain("href=\"" + base + "/sections/", "govuk-task-list");
        int stored = events(id).size();
        for (String editing : new String[] {"/sections/consent", "/check", "/tables/family-members/rows/new",
                "/tables/family-members/rows/" + memberId, "/tables/family-members/rows/" + memberId + "/remove"}) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(base + editing)
                    .with(signedInAs(PRACTITIONER))).andExpect(redirectedUrl(base));
        }
        submit(base + "/sections/consent", "agreedBy", "Someone else").andExpect(redirectedUrl(base));
        submit(base + "/tables/family-members/rows/" + memberId + "/remove").andExpect(redirectedUrl(base));
        assertThat(events(id)).hasSize(stored);
    }

    private String rowId(String newRowPage) throws Exception {
        Matcher matcher = ROW_ID.matcher(page(newRowPage));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
