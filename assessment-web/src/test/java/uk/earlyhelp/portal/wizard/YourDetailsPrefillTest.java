package uk.earlyhelp.portal.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.earlyhelp.assessment.api.FinishAssessment;
import uk.earlyhelp.assessment.api.SaveSection;
import uk.earlyhelp.assessment.api.SectionSaved;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountDetails;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.OrganisationType;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.eventstore.CommandScript;
import uk.earlyhelp.portal.security.Role;

/**
 * Section 6, "your details", starts from the practitioner's account and today (DOMAIN.md), stays editable, and once
 * saved is the assessment's own: a later change to the account rewrites neither a draft nor a submitted assessment.
 */
class YourDetailsPrefillTest extends WizardTest {

    private static final String SECTION = "/sections/your-details";

    @Autowired
    private Accounts accounts;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;
    @Autowired
    private ActingUserCommandGateway commands;

    @Test
    void aSectionNeverSavedShowsTheAccountsDetailsAndToday() throws Exception {
        String email = practitioner();
        String id = startAs(email);

        String page = pageAs(email, "/assessments/" + id + SECTION);

        LocalDate today = LocalDate.now(clock);
        assertThat(page).contains("value=\"Nia Okafor\"", "value=\"School nurse\"", "value=\"Brook Primary School\"",
                "value=\"" + email + "\"", "value=\"0161 496 0000\"", "value=\"South\"",
                "name=\"completedOn-day\" value=\"" + today.getDayOfMonth() + "\"",
                "value=\"" + today.getYear() + "\"");
        assertThat(events(id)).hasSize(1); // shown, not saved: only AssessmentStarted
    }

    @Test
    void theDetailsAreEditableAndWhatIsSavedIsWhatWasTyped() throws Exception {
        String email = practitioner();
        String id = startAs(email);

        saveAs(email, id, "Lead school nurse");

        assertThat(savedYourDetails(id).get("jobTitle")).containsExactly("Lead school nurse");
        assertThat(pageAs(email, "/assessments/" + id + SECTION)).contains("value=\"Lead school nurse\"")
                .doesNotContain("value=\"School nurse\"");
    }

    @Test
    void aLaterChangeToTheAccountRewritesNeitherADraftNorASubmittedAssessment() throws Exception {
        String email = practitioner();
        String draft = startAs(email);
        saveAs(email, draft, "School nurse");
        String submitted = submittedAs(email);

        jdbc.update("update account set job_title = ?, phone = ? where email = ?", "Family support lead", "0113 496 0999",
                email);

        assertThat(pageAs(email, "/assessments/" + draft + SECTION)).contains("value=\"School nurse\"",
                "value=\"0161 496 0000\"").doesNotContain("Family support lead", "0113 496 0999");
        assertThat(pageAs(email, "/assessments/" + submitted)).contains("School nurse", "0161 496 0000")
                .doesNotContain("Family support lead", "0113 496 0999");
        assertThat(savedYourDetails(submitted).get("jobTitle")).containsExactly("School nurse");
        // Only a section never saved takes the account as it is now.
        assertThat(pageAs(email, "/assessments/" + startAs(email) + SECTION)).contains("value=\"Family support lead\"");
    }

    /** A practitioner of their own, so that changing their account touches no other test. */
    private String practitioner() {
        String email = "prefill-" + UUID.randomUUID() + "@example.org";
        accounts.save(Account.approved(new AccountDetails("Nia", "Okafor", email, "0161 496 0000", "School nurse",
                "Brook Primary School", OrganisationType.SCHOOL, "South"), Role.PRACTITIONER, "{noop}unused",
                clock.instant()));
        return email;
    }

    private String startAs(String email) throws Exception {
        String location = mvc.perform(post("/assessments").param("formId", FORM).with(signedInAs(email)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/assessments/");
        return location.substring("/assessments/".length());
    }

    private String pageAs(String email, String url) throws Exception {
        var response = mvc.perform(get(url).with(signedInAs(email))).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET " + url).isEqualTo(200);
        return response.getContentAsString();
    }

    /** Saves section 6 as its page was pre-filled, with this job title. */
    private void saveAs(String email, String id, String jobTitle) throws Exception {
        LocalDate today = LocalDate.now(clock);
        mvc.perform(form(post("/assessments/" + id + SECTION), "name", "Nia Okafor", "jobTitle", jobTitle,
                "organisation", "Brook Primary School", "email", email, "phone", "0161 496 0000", "locality", "South",
                "completedOn-day", String.valueOf(today.getDayOfMonth()),
                "completedOn-month", String.valueOf(today.getMonthValue()),
                "completedOn-year", String.valueOf(today.getYear())).with(signedInAs(email)).with(csrf()));
    }

    /** A complete assessment whose section 6 was saved from its pre-filled page, then finished. */
    private String submittedAs(String email) throws Exception {
        String id = "a-" + UUID.randomUUID();
        for (Object command : CommandScript.commandsAs(id, accountIdOf(email))) {
            boolean ownSteps = command instanceof FinishAssessment
                    || command instanceof SaveSection save && save.sectionId().equals("your-details");
            if (!ownSteps) {
                commands.send(command, email);
            }
        }
        saveAs(email, id, "School nurse");
        commands.send(new FinishAssessment(id), email);
        return id;
    }

    private Map<String, List<String>> savedYourDetails(String id) {
        return events(id).stream().filter(SectionSaved.class::isInstance).map(SectionSaved.class::cast)
                .filter(saved -> saved.sectionId().equals("your-details")).reduce((first, second) -> second)
                .orElseThrow().answers();
    }
}
