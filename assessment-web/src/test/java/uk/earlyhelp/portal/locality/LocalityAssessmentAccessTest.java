package uk.earlyhelp.portal.locality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import uk.earlyhelp.assessment.api.FinishAssessment;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountDetails;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.OrganisationType;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.eventstore.CommandScript;
import uk.earlyhelp.portal.security.Role;

/**
 * A coordinator reads the submitted assessments of their locality (read-only, and the PDF); drafts stay their
 * author's, and every other locality, role and reference gets the same "Page not found" as an unknown id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the assessments are only read: made once for every test
class LocalityAssessmentAccessTest extends PortalWebTest {

    private static final String NORTH_COORDINATOR = "coordinator@example.org";

    @Autowired
    private ActingUserCommandGateway commands;
    @Autowired
    private Accounts accounts;
    @Autowired
    private Clock clock;

    private String northSubmitted;
    private String northDraft;
    private String southSubmitted;
    private String southCoordinator;

    @BeforeAll
    void assessmentsOfTwoLocalities() {
        northSubmitted = submittedBy(PRACTITIONER);
        northDraft = draftBy(PRACTITIONER);
        southSubmitted = submittedBy(account(Role.PRACTITIONER, "South"));
        southCoordinator = account(Role.COORDINATOR, "South");
    }

    @Test
    void aCoordinatorReadsASubmittedAssessmentOfTheirLocalityAndItsPdf() throws Exception {
        mvc.perform(get(view(northSubmitted)).with(signedInAs(NORTH_COORDINATOR))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Mary Smith")))
                .andExpect(content().string(Matchers.containsString("can no longer be changed")))
                .andExpect(content().string(Matchers.containsString("href=\"" + view(northSubmitted) + "/pdf\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/sections/"))));
        byte[] pdf = mvc.perform(get(view(northSubmitted) + "/pdf").with(signedInAs(NORTH_COORDINATOR)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        mvc.perform(get(view(southSubmitted)).with(signedInAs(southCoordinator))).andExpect(status().isOk());
    }

    @Test
    void draftsOtherLocalitiesAndUnknownReferencesAreNotFoundForACoordinator() throws Exception {
        for (String id : List.of(northDraft, southSubmitted, "a-" + UUID.randomUUID(), "a-" + "x".repeat(70))) {
            notFound(view(id), NORTH_COORDINATOR);
            notFound(view(id) + "/pdf", NORTH_COORDINATOR);
        }
        notFound(view(northSubmitted), southCoordinator);
        notFound(view(northSubmitted) + "/pdf", southCoordinator);
    }

    @Test
    void everyOtherRoleIsToldThereIsNoSuchPageEvenForItsOwnLocalitysAssessment() throws Exception {
        for (String user : List.of(PRACTITIONER, SECOND_PRACTITIONER, "auditor@example.org", "admin@example.org")) {
            notFound(view(northSubmitted), user);
            notFound(view(northSubmitted) + "/pdf", user);
            mvc.perform(get(LocalityAssessmentController.FIND).with(signedInAs(user)))
                    .andExpect(status().isForbidden());
        }
        // The author still reads their own, at their own address.
        mvc.perform(get("/assessments/" + northSubmitted).with(signedInAs(PRACTITIONER))).andExpect(status().isOk());
    }

    @Test
    void aSignedOutVisitorIsSentToSignIn() throws Exception {
        for (String page : List.of(view(northSubmitted), view(northSubmitted) + "/pdf", LocalityAssessmentController.FIND)) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", Matchers.endsWith("/sign-in")));
        }
    }

    @Test
    void theCoordinatorFindsAnAssessmentByItsReference() throws Exception {
        mvc.perform(get(LocalityAssessmentController.FIND).with(signedInAs(NORTH_COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Read a submitted assessment")));
        mvc.perform(get(LocalityAssessmentController.FIND).param("reference", " " + northSubmitted + " ")
                .with(signedInAs(NORTH_COORDINATOR))).andExpect(redirectedUrl(view(northSubmitted)));
        for (String reference : List.of(northDraft, southSubmitted)) {
            mvc.perform(get(LocalityAssessmentController.FIND).param("reference", reference)
                            .with(signedInAs(NORTH_COORDINATOR))).andExpect(status().isBadRequest())
                    .andExpect(content().string(Matchers.containsString(
                            "There is no submitted assessment with this reference in your locality")))
                    .andExpect(content().string(Matchers.containsString("value=\"" + reference + "\"")));
        }
    }

    private void notFound(String url, String user) throws Exception {
        mvc.perform(get(url).with(signedInAs(user))).andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Page not found")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Mary Smith"))));
    }

    private static String view(String id) {
        return LocalityAssessmentController.path(id);
    }

    private String submittedBy(String email) {
        String author = accountIdOf(email);
        String id = "a-" + UUID.randomUUID();
        CommandScript.commandsAs(id, author).forEach(command -> commands.send(command, author));
        return id;
    }

    private String draftBy(String email) {
        String author = accountIdOf(email);
        String id = "a-" + UUID.randomUUID();
        CommandScript.commandsAs(id, author).stream().filter(command -> !(command instanceof FinishAssessment))
                .forEach(command -> commands.send(command, author));
        return id;
    }

    private String account(Role role, String locality) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
        accounts.save(Account.approved(new AccountDetails("Sam", "Patel", email, "0161 496 0001", "Lead",
                "Brook Primary School", OrganisationType.SCHOOL, locality), role, "{noop}unused", clock.instant()));
        return email;
    }
}
