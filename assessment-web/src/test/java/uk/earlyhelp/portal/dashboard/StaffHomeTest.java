package uk.earlyhelp.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.earlyhelp.assessment.api.StartAssessment;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;

/**
 * Coordinators, auditors and administrators author no assessments: their home page leads to their own pages, and the
 * assessment pages refuse them, whatever they post, with nothing written to the event store.
 */
class StaffHomeTest extends PortalWebTest {

    private static final String COORDINATOR = "coordinator@example.org";
    private static final String AUDITOR = "auditor@example.org";
    private static final String ADMIN = "admin@example.org";

    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachStaffRoleIsShownItsOwnPagesAndNoFormsOrAssessments() throws Exception {
        assertThat(home(COORDINATOR)).contains("Early Help coordinator, North", "href=\"/coordinator/requests\"",
                "href=\"/coordinator/children/requests\"", "href=\"/coordinator/children\"",
                "href=\"/coordinator/accounts\"").doesNotContain("href=\"/admin/");
        assertThat(home(ADMIN)).contains("Administrator", "href=\"/admin/accounts\"", "href=\"/admin/deliveries\"",
                "href=\"/admin/reconciliation\"").doesNotContain("href=\"/coordinator/");
        assertThat(home(AUDITOR)).contains("Your account is read-only").doesNotContain("href=\"/admin/",
                "href=\"/coordinator/");
        for (String staff : List.of(COORDINATOR, AUDITOR, ADMIN)) {
            assertThat(home(staff)).contains("<h1 class=\"govuk-heading-l\">Your dashboard</h1>")
                    .doesNotContain("action=\"/assessments\"", "My assessments", "Ask to be linked to a child");
        }
        assertThat(home(PRACTITIONER)).contains("action=\"/assessments\"", "My assessments",
                "Ask to be linked to a child").doesNotContain("Your account is read-only");
    }

    @Test
    void noStaffRoleStartsOpensOrSavesAnAssessmentAndNothingIsStored() throws Exception {
        String id = "a-" + UUID.randomUUID();
        commands.send(new StartAssessment(id, "early-help-assessment", accountIdOf(PRACTITIONER)), accountIdOf(PRACTITIONER));
        long eventsBefore = storedEvents();

        for (String staff : List.of(COORDINATOR, AUDITOR, ADMIN)) {
            mvc.perform(post("/assessments").param("formId", "early-help-assessment").with(csrf())
                    .with(signedInAs(staff))).andExpect(status().isForbidden());
            mvc.perform(get("/assessments/" + id).with(signedInAs(staff))).andExpect(status().isForbidden());
            mvc.perform(post("/assessments/" + id + "/sections/outcome").param("outcomeReason", "Changed by staff")
                    .with(csrf()).with(signedInAs(staff))).andExpect(status().isForbidden());
        }

        assertThat(storedEvents()).isEqualTo(eventsBefore);
        mvc.perform(get("/assessments/" + id).with(signedInAs(PRACTITIONER))).andExpect(status().isOk());
    }

    private String home(String email) throws Exception {
        return mvc.perform(get("/").with(signedInAs(email))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
