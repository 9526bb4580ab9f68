package uk.earlyhelp.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.earlyhelp.assessment.api.AddFamilyMember;
import uk.earlyhelp.assessment.api.SaveSection;
import uk.earlyhelp.assessment.api.StartAssessment;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountDetails;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.OrganisationType;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.security.Role;

class DashboardTest extends PortalWebTest {

    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    Clock clock;

    @Test
    void offersTheEarlyHelpAssessmentToStartWithACsrfProtectedPost() throws Exception {
        String page = dashboard(get("/"), PRACTITIONER);

        assertThat(page).contains("Early Help Assessment – Portal", "action=\"/assessments\" method=\"post\"",
                "name=\"formId\" value=\"early-help-assessment\"", "name=\"_csrf\"");
    }

    @Test
    void showsTheEmptyProfessionalRelationshipsPanelSayingHowLinksAreRequested() throws Exception {
        assertThat(dashboard(get("/"), PRACTITIONER)).contains("Professional relationships",
                "You are not linked to any children yet.", "ask your locality&#39;s Early Help Coordinator");
    }

    @Test
    void listsOnlyThePractitionersOwnAssessmentsResumingAtTheSectionLastEdited() throws Exception {
        String family = "Ottoline " + UUID.randomUUID().toString().substring(0, 8);
        String mine = startWithFamily(PRACTITIONER, family);
        commands.send(new SaveSection(mine, "outcome", Map.of("outcomeReason", List.of("Needs help"))), PRACTITIONER);
        String theirs = startWithFamily(SECOND_PRACTITIONER, family + " Theirs");

        String page = eventually(get("/"), PRACTITIONER, html -> html.contains("/assessments/" + mine + "/sections/outcome"));

        assertThat(page).contains(family, "Part Completed", "/assessments/" + mine + "/delete")
                .doesNotContain(theirs, family + " Theirs");
        assertThat(page).containsPattern("<td class=\"govuk-table__cell\">\\d{2}/\\d{2}/\\d{4}</td>");
    }

    @Test
    void searchesByPartOfAFamilyMembersNameAndSaysWhenNothingMatches() throws Exception {
        String family = "Quentin Blakewood-" + UUID.randomUUID().toString().substring(0, 8);
        String id = startWithFamily(PRACTITIONER, family);

        String found = eventually(get("/").param("search", "BLAKEWOOD"), PRACTITIONER, html -> html.contains(id));
        assertThat(found).contains(family, "value=\"BLAKEWOOD\"", "Clear search");

        String none = dashboard(get("/").param("search", "Nobody-Called-This"), PRACTITIONER);
        assertThat(none).contains("No assessments match \u201cNobody-Called-This\u201d.").doesNotContain(id);
    }

    @Test
    void someoneWithoutAssessmentsIsToldSo() throws Exception {
        assertThat(dashboard(get("/"), newPractitioner()))
                .contains("You have not started any assessments yet.").doesNotContain("id=\"my-assessments\"");
    }

    @Test
    void showsTwentyAssessmentsAPageWithGovukPagination() throws Exception {
        String author = newPractitioner();
        for (int i = 0; i < 21; i++) {
            startWithFamily(author, "Paged Family " + i);
        }

        String first = eventually(get("/"), author, html -> html.contains("href=\"/?page=2\""));
        assertThat(first.split("govuk-tag govuk-tag--", -1)).hasSize(21);
        assertThat(first).contains("govuk-pagination", "aria-current=\"page\"", "rel=\"next\"");

        String second = dashboard(get("/").param("page", "2"), author);
        assertThat(second.split("govuk-tag govuk-tag--", -1)).hasSize(2);
        assertThat(second).contains("href=\"/?page=1\"", "rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    private String startWithFamily(String author, String name) {
        String id = "a-" + UUID.randomUUID();
        commands.send(new StartAssessment(id, "early-help-assessment", accountIdOf(author)), accountIdOf(author));
        commands.send(new AddFamilyMember(id, "m1", Map.of("name", List.of(name), "dateOfBirth", List.of("1990-05-09"),
                "gender", List.of("female"), "relationship", List.of("mother"), "ethnicity", List.of("white-british"))),
                author);
        return id;
    }

    private String dashboard(MockHttpServletRequestBuilder request, String email) throws Exception {
        return mvc.perform(request.with(signedInAs(email))).andReturn().getResponse().getContentAsString();
    }

    /** My Assessments is a projection, updated just after the events are stored. */
    private String eventually(MockHttpServletRequestBuilder request, String email, Predicate<String> shown) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        String page = dashboard(request, email);
        while (!shown.test(page) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(50);
            page = dashboard(request, email);
        }
        assertThat(shown).as("shown within 10 seconds").accepts(page);
        return page;
    }

    /** A practitioner of their own, with no assessments: the demo ones collect them from every test of the run. */
    private String newPractitioner() {
        String email = "dashboard-" + UUID.randomUUID() + "@example.org";
        accounts.save(Account.approved(new AccountDetails("Alex", "Newcomer", email, "01632 960000", "Teacher",
                "Riverside Primary", OrganisationType.SCHOOL, "North"), Role.PRACTITIONER, passwords.encode(DEMO_PASSWORD),
                clock.instant()));
        return email;
    }
}
