package uk.earlyhelp.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import uk.earlyhelp.assessment.api.AddFamilyMember;
import uk.earlyhelp.assessment.api.AssessmentNotFoundException;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.api.FetchAssessment;
import uk.earlyhelp.assessment.api.StartAssessment;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;

@ExtendWith(OutputCaptureExtension.class)
class DeleteDraftTest extends PortalWebTest {

    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    QueryGateway queries;

    @Test
    void theAuthorConfirmsAndTheDraftIsGone() throws Exception {
        String id = draftOf(PRACTITIONER, "Wilhelmina Doe");

        mvc.perform(get("/assessments/{id}/delete", id).with(signedInAs(PRACTITIONER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Are you sure you want to delete this assessment?")))
                .andExpect(content().string(containsString("Wilhelmina Doe")))
                .andExpect(content().string(containsString("govuk-warning-text")))
                .andExpect(content().string(containsString("action=\"/assessments/" + id + "/delete\"")));

        listedOnTheDashboard(id);
        mvc.perform(post("/assessments/{id}/delete", id).with(signedInAs(PRACTITIONER)).with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("deleted", id));

        assertThatThrownBy(() -> fetch(id)).hasRootCauseInstanceOf(AssessmentNotFoundException.class);
        // Straight after the redirect, before My Assessments has caught up: the banner, and the draft not listed.
        mvc.perform(get("/").with(signedInAs(PRACTITIONER)).flashAttr("deleted", id))
                .andExpect(content().string(containsString("Assessment deleted")))
                .andExpect(content().string(containsString("govuk-notification-banner--success")))
                .andExpect(content().string(not(containsString("/assessments/" + id))));
        mvc.perform(get("/").param("deleted", id).with(signedInAs(PRACTITIONER)))
                .andExpect(content().string(not(containsString("Assessment deleted"))));
    }

    @Test
    void anotherPractitionerIsToldThereIsNoSuchPageAndNothingIsDeleted(CapturedOutput log) throws Exception {
        String id = draftOf(PRACTITIONER, "Bartholomew Roe");

        mvc.perform(get("/assessments/{id}/delete", id).with(signedInAs(SECOND_PRACTITIONER)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")))
                .andExpect(content().string(not(containsString("Bartholomew Roe"))));
        mvc.perform(post("/assessments/{id}/delete", id).with(signedInAs(SECOND_PRACTITIONER)).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(fetch(id).authorId()).isEqualTo(accountIdOf(PRACTITIONER));
        // The refusal is logged by assessment id only: an email address is personal data.
        assertThat(log.getOut()).contains("Refused").contains(id).doesNotContain(SECOND_PRACTITIONER, "Bartholomew");
    }

    @Test
    void anAssessmentThatDoesNotExistIsNotFound() throws Exception {
        mvc.perform(get("/assessments/{id}/delete", "a-" + UUID.randomUUID()).with(signedInAs(PRACTITIONER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void deletingNeedsTheCsrfToken() throws Exception {
        String id = draftOf(PRACTITIONER, "Cornelius Poe");

        mvc.perform(post("/assessments/{id}/delete", id).with(signedInAs(PRACTITIONER)))
                .andExpect(status().isForbidden());

        assertThat(fetch(id).authorId()).isEqualTo(accountIdOf(PRACTITIONER));
    }

    private String draftOf(String author, String name) {
        String id = "a-" + UUID.randomUUID();
        commands.send(new StartAssessment(id, "early-help-assessment", accountIdOf(author)), accountIdOf(author));
        commands.send(new AddFamilyMember(id, "m1", Map.of("name", List.of(name), "dateOfBirth", List.of("1990-05-09"),
                "gender", List.of("female"), "relationship", List.of("mother"), "ethnicity", List.of("white-british"))),
                author);
        return id;
    }

    private void listedOnTheDashboard(String id) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            String page = mvc.perform(get("/").with(signedInAs(PRACTITIONER))).andReturn().getResponse().getContentAsString();
            if (page.contains("/assessments/" + id + "/delete")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("My Assessments never listed " + id);
    }

    private AssessmentView fetch(String id) {
        return queries.query(new FetchAssessment(id), AssessmentView.class).join();
    }
}
