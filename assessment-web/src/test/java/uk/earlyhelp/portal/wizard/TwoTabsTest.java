package uk.earlyhelp.portal.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import uk.earlyhelp.assessment.api.SectionSaved;

/**
 * The outcome section open in two tabs, A and B, both drawn at version 1 (ADR 0023): B's save stands, A's save of
 * other answers merges with it, and A's change of the same answer goes to a page with both versions to choose from.
 */
class TwoTabsTest extends WizardTest {

    private static final String REASON = "outcomeReason";

    @Test
    void aSectionPageSaysWhichVersionItWasDrawnFromAndWhichPageItIs() throws Exception {
        String id = start();
        submit(section(id), REASON, "First reason").andExpect(status().is3xxRedirection());

        String page = page(section(id));

        assertThat(page).contains("<input type=\"hidden\" name=\"wizard-based-on\" value=\"1\">")
                .containsPattern("<input type=\"hidden\" name=\"wizard-page\" value=\"[0-9a-f-]{36}\">");
    }

    @Test
    void whatTheOtherTabDidNotTouchMergesAndNothingIsOverwritten() throws Exception {
        String id = atVersion1();
        autosave(id, "tab-b", REASON, "Reason from B").andExpect(status().isOk());

        autosave(id, "tab-a", REASON, "First reason", "outcome", "team-around-family")
                .andExpect(status().isOk()).andExpect(jsonPath("$.saved").value(true));

        assertThat(events(id)).last().isEqualTo(new SectionSaved(id, "outcome",
                Map.of("outcome", List.of("team-around-family"), REASON, List.of("Reason from B"))));
    }

    @Test
    void aTrueConflictIsNotSavedAndAutosaveSaysWhereToChoose() throws Exception {
        String id = inConflict();

        assertThat(events(id)).last().isEqualTo(new SectionSaved(id, "outcome", Map.of(REASON, List.of("Reason from B"))));
        autosave(id, "tab-a", REASON, "Reason from A").andExpect(status().isConflict())
                .andExpect(jsonPath("$.saved").value(false)).andExpect(jsonPath("$.conflict").value(true))
                .andExpect(jsonPath("$.conflictHref").value(conflict(id)));
    }

    @Test
    void theConflictPageShowsBothVersionsSideBySideAndSurvivesAReload() throws Exception {
        String id = inConflict();

        for (int load = 0; load < 2; load++) {
            String page = page(conflict(id));
            assertThat(page).contains("<h1 class=\"govuk-heading-l\">Choose which answers to keep</h1>");
            assertThat(mine(page)).contains("Your version (this tab)", "Reason from A").doesNotContain("Reason from B");
            assertThat(theirs(page)).contains("The other version", "Reason from B").doesNotContain("Reason from A");
            assertThat(page).containsPattern("name=\"choice-outcomeReason\"\\s+value=\"mine\"")
                    .containsPattern("name=\"choice-outcomeReason\"\\s+value=\"theirs\"")
                    .containsPattern("name=\"choice-outcomeReason\"\\s+value=\"edit\"");
        }
    }

    @Test
    void theSectionPageReloadedSaysAnswersAreWaitingAndLinksToTheChoice() throws Exception {
        String id = inConflict();

        assertThat(page(section(id))).contains("id=\"conflict-waiting\"", "href=\"" + conflict(id) + "\"");
        choose(id, "theirs");
        assertThat(page(section(id))).doesNotContain("id=\"conflict-waiting\"");
    }

    @Test
    void choosingNothingShowsAnErrorSummaryAndKeepsBothTexts() throws Exception {
        String id = inConflict();

        String body = submit(conflict(id), "wizard-based-on", "2").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("<title>Error: Choose which answers to keep",
                "<a href=\"#choice-outcomeReason\">Select which version of Reason for this outcome to keep", "govuk-error-summary");
        assertThat(mine(body)).contains("Reason from A");
        assertThat(theirs(body)).contains("Reason from B");
        assertThat(mine(page(conflict(id)))).contains("Reason from A");
        assertThat(storedReason(id)).isEqualTo("Reason from B");
    }

    @Test
    void keepingMineSavesMineAndSettlesTheConflict() throws Exception {
        String id = inConflict();

        choose(id, "mine").andExpect(redirectedUrl(section(id)));

        assertThat(storedReason(id)).isEqualTo("Reason from A");
        mvc.perform(get(conflict(id)).with(signedInAs(PRACTITIONER))).andExpect(redirectedUrl(section(id)));
    }

    @Test
    void keepingTheOtherVersionLeavesItStoredAndSettlesTheConflict() throws Exception {
        String id = inConflict();
        int stored = events(id).size();

        choose(id, "theirs").andExpect(redirectedUrl(section(id)));

        assertThat(events(id)).hasSize(stored);
        mvc.perform(get(conflict(id)).with(signedInAs(PRACTITIONER))).andExpect(redirectedUrl(section(id)));
    }

    @Test
    void writingANewAnswerSavesIt() throws Exception {
        String id = inConflict();

        choose(id, "edit", "edited-outcomeReason", "Both reasons, agreed").andExpect(redirectedUrl(section(id)));

        assertThat(storedReason(id)).isEqualTo("Both reasons, agreed");
    }

    @Test
    void aChoiceBasedOnAVersionOvertakenMeanwhileIsAskedAgainAgainstTheNewText() throws Exception {
        String id = inConflict();
        autosaveBasedOn(id, "tab-c", "2", REASON, "Reason from C").andExpect(status().isOk());

        choose(id, "mine").andExpect(redirectedUrl(conflict(id)));

        assertThat(storedReason(id)).isEqualTo("Reason from C");
        assertThat(theirs(page(conflict(id)))).contains("Reason from C");
    }

    @Test
    void theSaveButtonOfAStaleTabGoesToTheConflictPage() throws Exception {
        String id = atVersion1();
        autosave(id, "tab-b", REASON, "Reason from B").andExpect(status().isOk());

        submit(section(id), "wizard-based-on", "1", "wizard-page", "tab-a", REASON, "Reason from A", "wizard-next", "save")
                .andExpect(redirectedUrl(conflict(id)));

        assertThat(storedReason(id)).isEqualTo("Reason from B");
    }

    @Test
    void anotherPractitionerFindsNoConflictPage() throws Exception {
        String id = inConflict();

        mvc.perform(get(conflict(id)).with(signedInAs(SECOND_PRACTITIONER))).andExpect(status().isNotFound());
        mvc.perform(post(conflict(id)).param("wizard-based-on", "2").param("choice-outcomeReason", "mine")
                .with(signedInAs(SECOND_PRACTITIONER)).with(csrf())).andExpect(status().isNotFound());
        assertThat(storedReason(id)).isEqualTo("Reason from B");
    }

    /** Version 1 saved; tabs A and B both show it. */
    private String atVersion1() throws Exception {
        String id = start();
        submit(section(id), REASON, "First reason").andExpect(status().is3xxRedirection());
        return id;
    }

    /** B changed the reason; then A, still at version 1, changed it too. */
    private String inConflict() throws Exception {
        String id = atVersion1();
        autosave(id, "tab-b", REASON, "Reason from B").andExpect(status().isOk());
        autosave(id, "tab-a", REASON, "Reason from A").andExpect(status().isConflict());
        return id;
    }

    private ResultActions choose(String id, String choice, String... more) throws Exception {
        return mvc.perform(form(post(conflict(id)), more).param("wizard-based-on", "2").param("choice-outcomeReason", choice)
                .with(signedInAs(PRACTITIONER)).with(csrf()));
    }

    private ResultActions autosave(String id, String page, String... answers) throws Exception {
        return autosaveBasedOn(id, page, "1", answers);
    }

    private ResultActions autosaveBasedOn(String id, String page, String basedOn, String... answers) throws Exception {
        return mvc.perform(form(post(section(id) + "/autosave"), answers).param("wizard-based-on", basedOn)
                .param("wizard-page", page).accept(MediaType.APPLICATION_JSON).with(signedInAs(PRACTITIONER)).with(csrf()));
    }

    private String storedReason(String id) {
        return events(id).stream().filter(SectionSaved.class::isInstance).map(SectionSaved.class::cast)
                .reduce((first, second) -> second).orElseThrow().answers().get(REASON).get(0);
    }

    /** The page's "your version" column. */
    private static String mine(String page) {
        return page.substring(page.indexOf("id=\"mine-outcomeReason\""), page.indexOf("id=\"theirs-outcomeReason\""));
    }

    /** The page's "other version" column. */
    private static String theirs(String page) {
        int from = page.indexOf("id=\"theirs-outcomeReason\"");
        return page.substring(from, page.indexOf("<fieldset", from));
    }

    private static String section(String id) {
        return "/assessments/" + id + "/sections/outcome";
    }

    private static String conflict(String id) {
        return section(id) + "/conflict";
    }
}
