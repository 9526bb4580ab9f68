package uk.earlyhelp.portal.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import uk.earlyhelp.portal.MovableClock;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.security.Role;
import uk.earlyhelp.relationship.api.ChildDetails;
import uk.earlyhelp.relationship.api.LinkRequestSummary;
import uk.earlyhelp.relationship.api.LinkRequestWithdrawn;
import uk.earlyhelp.relationship.api.LinkStatus;
import uk.earlyhelp.relationship.api.WithdrawalReason;

/**
 * A practitioner sees their own link requests on the dashboard: those waiting for the coordinator, which they may
 * withdraw, and those declined in the last 30 days with the coordinator's reason. Nobody else sees or withdraws them.
 */
@ExtendWith(OutputCaptureExtension.class)
class MyLinkRequestsTest extends RelationshipWebTest {

    @Autowired
    MovableClock movableClock;

    @AfterEach
    void realTimeAgain() {
        movableClock.reset();
    }

    @Test
    void aPractitionerSeesTheirWaitingAndDeclinedRequestsWithTheReasonAndNobodyElseSeesThem() throws Exception {
        Account practitioner = account(Role.PRACTITIONER, "North");
        Account other = account(Role.PRACTITIONER, "North");
        ChildDetails waiting = newChild();
        ChildDetails declined = newChild();
        LinkRequestSummary waitingRequest = requestLink(practitioner.email(), waiting, "School nurse");
        LinkRequestSummary declinedRequest = requestLink(practitioner.email(), declined, "Class teacher");
        decline(declinedRequest, "The school nurse is the key worker");

        String dashboard = eventually(() -> {
            String page = page("/", practitioner.email());
            return page.contains("The school nurse is the key worker") ? page : null;
        }, "the declined request on the dashboard");
        assertThat(section(dashboard, "request-" + waitingRequest.linkId()))
                .contains(waiting.firstName() + " Smith", "Waiting for the coordinator", "14/03/2019",
                        "/relationships/requests/" + waitingRequest.linkId() + "/withdraw", "name=\"_csrf\"",
                        "Withdraw request", "to be linked to " + waiting.firstName() + " Smith");
        assertThat(section(dashboard, "request-" + declinedRequest.linkId()))
                .contains(declined.firstName() + " Smith", "Declined", "The school nurse is the key worker")
                .doesNotContain("Withdraw request");

        for (String someoneElse : new String[] {other.email(), PRACTITIONER, SECOND_PRACTITIONER}) {
            assertThat(page("/", someoneElse)).as(someoneElse).doesNotContain(waiting.firstName())
                    .doesNotContain(declined.firstName()).doesNotContain("The school nurse is the key worker");
        }
    }

    @Test
    void aWithdrawnRequestLeavesTheDashboardAndTheCoordinatorsQueueAndCannotBeDecided() throws Exception {
        Account practitioner = account(Role.PRACTITIONER, "North");
        ChildDetails child = newChild();
        LinkRequestSummary request = requestLink(practitioner.email(), child, "Family support worker");
        eventually(() -> page("/", practitioner.email()).contains("Waiting for the coordinator"), "the waiting request");

        MockHttpServletResponse withdrawn = withdraw(practitioner, request.linkId());

        assertThat(withdrawn.getRedirectedUrl()).isEqualTo("/");
        assertThat(events(practitioner.id())).contains(new LinkRequestWithdrawn(practitioner.id(), request.linkId(),
                WithdrawalReason.WITHDRAWN_BY_PRACTITIONER, practitioner.id()));
        // At once, although the read model may not have caught up yet.
        String dashboard = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/")
                        .with(signedInAs(practitioner.email())).flashAttr("withdrawnLinkId", request.linkId()))
                .andReturn().getResponse().getContentAsString();
        assertThat(dashboard).contains("Request withdrawn").doesNotContain(child.firstName());
        eventually(() -> queries.pendingRequests("North").requests().stream()
                .noneMatch(r -> r.linkId().equals(request.linkId())), "the request gone from the queue");
        assertThat(page("/coordinator/children/requests", COORDINATOR)).doesNotContain(child.firstName());
        assertThat(status("/coordinator/children/requests/" + request.linkId(), COORDINATOR)).isEqualTo(404);
        assertThat(page("/", practitioner.email())).doesNotContain(child.firstName());
        assertThat(queries.request(request.linkId()).orElseThrow().status()).isEqualTo(LinkStatus.WITHDRAWN);

        // The same child may be asked for again.
        LinkRequestSummary again = requestLink(practitioner.email(), child, "Family support worker, again");
        assertThat(again.linkId()).isNotEqualTo(request.linkId());
    }

    @Test
    void anotherPractitionerCannotWithdrawItAndGetsNotFoundLikeAnUnknownRequest(CapturedOutput output) throws Exception {
        Account practitioner = account(Role.PRACTITIONER, "North");
        Account other = account(Role.PRACTITIONER, "North");
        ChildDetails child = newChild();
        LinkRequestSummary request = requestLink(practitioner.email(), child, "Health visitor");

        assertThat(withdraw(other, request.linkId()).getStatus()).isEqualTo(404);
        assertThat(withdraw(other, "l-00000000-0000-0000-0000-000000000000").getStatus()).isEqualTo(404);
        assertThat(withdraw(other, "not.an.id").getStatus()).isEqualTo(404);
        assertThat(events(practitioner.id())).hasSize(1); // the request only
        assertThat(events(other.id())).isEmpty();
        assertThat(queries.pendingRequests("North").requests()).extracting(LinkRequestSummary::linkId)
                .contains(request.linkId());
        assertThat(output.getAll()).contains("Refused to withdraw link request " + request.linkId())
                .doesNotContain(other.email()).doesNotContain(child.firstName());
        // Only practitioners withdraw, and only with the form's token.
        assertThat(mvc.perform(post("/relationships/requests/" + request.linkId() + "/withdraw").with(csrf())
                .with(signedInAs(COORDINATOR))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/relationships/requests/" + request.linkId() + "/withdraw")
                .with(signedInAs(practitioner.email()))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(events(practitioner.id())).hasSize(1);
    }

    @Test
    void aRequestDecidedBeforeItIsWithdrawnStaysDecidedAndThePractitionerIsToldWhy() throws Exception {
        Account practitioner = account(Role.PRACTITIONER, "North");
        ChildDetails child = newChild();
        LinkRequestSummary request = requestLink(practitioner.email(), child, "Youth worker");
        decline(request, "Not known to us");

        MockHttpServletResponse tooLate = withdraw(practitioner, request.linkId());

        assertThat(tooLate.getRedirectedUrl()).isEqualTo("/");
        assertThat(tooLate.getStatus()).isEqualTo(302);
        assertThat(events(practitioner.id())).noneMatch(LinkRequestWithdrawn.class::isInstance);
        String dashboard = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/")
                        .with(signedInAs(practitioner.email())).flashAttr("withdrawTooLate", request.linkId()))
                .andReturn().getResponse().getContentAsString();
        assertThat(dashboard).contains("This request could not be withdrawn", "had already decided it");
    }

    @Test
    void aDeclinedRequestIsShownForThirtyDaysThenNoLonger() throws Exception {
        Account practitioner = account(Role.PRACTITIONER, "North");
        ChildDetails child = newChild();
        LinkRequestSummary request = requestLink(practitioner.email(), child, "Play worker");
        decline(request, "Ask the nursery's key worker");
        eventually(() -> page("/", practitioner.email()).contains("Ask the nursery"), "the declined request");

        movableClock.advance(Duration.ofDays(29));
        assertThat(page("/", practitioner.email())).contains(child.firstName(), "Ask the nursery");

        movableClock.reset();
        movableClock.advance(Duration.ofDays(31));
        assertThat(page("/", practitioner.email())).doesNotContain(child.firstName())
                .doesNotContain("Ask the nursery");
    }

    private void decline(LinkRequestSummary request, String reason) throws Exception {
        int status = mvc.perform(post("/coordinator/children/requests/" + request.linkId() + "/decline").with(csrf())
                .with(signedInAs(COORDINATOR)).param("reason", reason)).andReturn().getResponse().getStatus();
        assertThat(status).as("declining").isEqualTo(302);
    }

    private MockHttpServletResponse withdraw(Account practitioner, String linkId) throws Exception {
        return mvc.perform(post("/relationships/requests/" + linkId + "/withdraw").with(csrf())
                .with(signedInAs(practitioner.email()))).andReturn().getResponse();
    }

    /** The element with this id, to its end: enough to say what one request's card holds. */
    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("an element " + id).isNotNegative();
        int next = page.indexOf("class=\"govuk-summary-card\"", start + 1);
        return page.substring(start, next < 0 ? page.length() : next);
    }
}
