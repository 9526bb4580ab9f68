package uk.earlyhelp.portal.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import uk.earlyhelp.assessment.api.SectionSaved;

class AutosaveTest extends WizardTest {

    @Test
    void autosaveSavesTheSectionAndSaysWhen() throws Exception {
        String id = start();

        autosave(id, "outcome", "outcomeReason", "Needs housing help")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.saved").value(true))
                .andExpect(jsonPath("$.savedAt").value(org.hamcrest.Matchers.matchesPattern("\\d{2}:\\d{2}")));

        assertThat(events(id)).last().isEqualTo(new SectionSaved(id, "outcome", Map.of("outcomeReason", List.of("Needs housing help"))));
    }

    @Test
    void anUnchangedAutosaveAppendsNoEvent() throws Exception {
        String id = start();
        autosave(id, "outcome", "outcomeReason", "Needs housing help").andExpect(status().isOk());
        int stored = events(id).size();

        autosave(id, "outcome", "outcomeReason", "Needs housing help").andExpect(jsonPath("$.saved").value(true));
        autosave(id, "outcome", "outcomeReason", "  Needs housing help\r\n").andExpect(jsonPath("$.saved").value(true));

        assertThat(events(id)).hasSize(stored);
    }

    @Test
    void anAutosaveThatCannotBeSavedSaysSoAndStoresNothing() throws Exception {
        String id = start();

        autosave(id, "your-details", "completedOn-day", "31", "completedOn-month", "9", "completedOn-year", "2024")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.saved").value(false))
                .andExpect(jsonPath("$.errors['your-details.completedOn']").value("Date must be a real date"));

        assertThat(events(id)).hasSize(1);
    }

    @Test
    void sectionPagesLoadTheAutosaveModuleAndSayWhereToPost() throws Exception {
        String id = start();

        assertThat(page("/assessments/" + id + "/sections/outcome")).contains(
                "data-autosave-url=\"/assessments/" + id + "/sections/outcome/autosave\"",
                "id=\"autosave-status\" aria-live=\"polite\" data-saved-text=\"Saved at %{time}\"",
                "<script type=\"module\" src=\"/js/autosave.js\"></script>");
    }

    private ResultActions autosave(String id, String sectionId, String... params) throws Exception {
        return mvc.perform(form(post("/assessments/" + id + "/sections/" + sectionId + "/autosave"), params)
                .accept(MediaType.APPLICATION_JSON).with(signedInAs(PRACTITIONER)).with(csrf()));
    }
}
