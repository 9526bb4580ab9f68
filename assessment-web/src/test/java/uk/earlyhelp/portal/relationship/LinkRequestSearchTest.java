package uk.earlyhelp.portal.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.security.Role;
import uk.earlyhelp.relationship.api.ChildDetails;
import uk.earlyhelp.relationship.api.LinkRequestSummary;

/**
 * The coordinator's page for one link request offers at most 50 of the locality's child records, those born on the day
 * the practitioner gave first; a search by part of a name (any case) or by date of birth finds the others. A date that
 * is not a date is an error shown the GOV.UK way, with what was typed kept.
 */
class LinkRequestSearchTest extends RelationshipWebTest {

    @Test
    void withoutASearchTheRecordsBornOnTheGivenDayComeFirstAndNoMoreThanFiftyAreOffered() throws Exception {
        String unique = unique();
        ChildDetails bornThatDay = child("Wren" + unique, "Zephyr", "2017-02-03", "W" + unique);
        String bornThatDayId = recordChild(COORDINATOR, bornThatDay);
        for (int i = 0; i < 50; i++) {
            recordChild(COORDINATOR, child("Aaron" + unique + i, "Aaronson", "2016-01-01", "A" + unique + i));
        }
        LinkRequestSummary request = requestFor(child("Wren" + unique, "Zephyr", "2017-02-03", ""));
        eventually(() -> queries.childrenOf("North").children().stream()
                .anyMatch(c -> c.firstName().equals("Aaron" + unique + 49)), "the records in the read model");

        String page = page("/coordinator/children/requests/" + request.linkId(), COORDINATOR);

        assertThat(radios(page)).isEqualTo(50);
        assertThat(page.indexOf("value=\"" + bornThatDayId + "\"")).as("born that day, first")
                .isPositive().isLessThan(page.indexOf("name=\"childId\" id=\"childId-2\""));
        assertThat(page).contains("the first 50 are shown", "id=\"search\"", "for=\"search\"",
                "aria-describedby=\"search-hint\"");
    }

    @Test
    void aSearchByPartOfTheNameInAnyCaseOrByDateOfBirthFindsTheRecordAndItIsGranted() throws Exception {
        String unique = unique();
        ChildDetails child = child("Juniper" + unique, "Quill-Harte", "2015-12-25", "J" + unique);
        String childId = recordChild(COORDINATOR, child);
        recordChild(COORDINATOR, child("Juniper" + unique + "x", "Other", "2015-12-24", "K" + unique));
        Account practitioner = account(Role.PRACTITIONER, "North");
        LinkRequestSummary request = requestLink(practitioner.email(), child("Juniper", "Quill", "2016-01-01", ""),
                "Nursery key worker");
        eventually(() -> queries.childrenOf("North").children().stream().anyMatch(c -> c.childId().equals(childId)),
                "the record in the read model");

        String byName = search(request, "  JUNIPER" + unique.toUpperCase() + " quill ").getContentAsString();
        assertThat(byName).contains("value=\"" + childId + "\"", "1 child record matches",
                "value=\"JUNIPER" + unique.toUpperCase() + " quill\"", "Clear search")
                .doesNotContain("Juniper" + unique + "x");
        String byDate = search(request, "25/12/2015").getContentAsString();
        assertThat(byDate).contains("value=\"" + childId + "\"").doesNotContain("Juniper" + unique + "x");
        assertThat(search(request, "25-12-2015").getContentAsString()).contains("value=\"" + childId + "\"");
        assertThat(search(request, "2015-12-25").getContentAsString()).contains("value=\"" + childId + "\"");
        assertThat(search(request, "Nobody" + unique).getContentAsString())
                .contains("No child records match", "Nobody" + unique).doesNotContain("name=\"childId\"");

        // A refused grant (key worker not confirmed) shows the same search and the record chosen.
        MockHttpServletResponse refused = mvc.perform(post("/coordinator/children/requests/" + request.linkId()
                        + "/grant").with(csrf()).with(signedInAs(COORDINATOR)).param("childId", childId)
                .param("search", "quill-h")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("value=\"quill-h\"", "value=\"" + childId + "\" checked",
                "href=\"#keyWorker\"");

        grant(COORDINATOR, request.linkId(), childId);
        eventually(() -> queries.activeLinksTo(childId).requests().size() == 1, "the link granted");
    }

    @Test
    void aDateThatIsNotADateIsAnErrorWithWhatWasTypedKept() throws Exception {
        LinkRequestSummary request = requestFor(newChild());

        MockHttpServletResponse response = search(request, "31/02/2019");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("govuk-error-summary", "href=\"#search\"",
                "Enter a date of birth as day, month and year", "id=\"search-error\"", "govuk-input--error",
                "aria-describedby=\"search-hint search-error\"", "value=\"31/02/2019\"", "<title>Error: ");
        MockHttpServletResponse tooLong = search(request, "x".repeat(202));
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(tooLong.getContentAsString()).contains("Search must be 201 characters or fewer");
    }

    private LinkRequestSummary requestFor(ChildDetails child) throws Exception {
        return requestLink(account(Role.PRACTITIONER, "North").email(), child, "Key worker");
    }

    private MockHttpServletResponse search(LinkRequestSummary request, String search) throws Exception {
        return mvc.perform(get("/coordinator/children/requests/" + request.linkId()).param("search", search)
                .with(signedInAs(COORDINATOR))).andReturn().getResponse();
    }

    private static int radios(String page) {
        return page.split("name=\"childId\"", -1).length - 1;
    }

    private static ChildDetails child(String firstName, String lastName, String dateOfBirth, String reference) {
        return new ChildDetails(firstName, lastName, dateOfBirth, "", "", "", reference.toUpperCase(), "");
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
