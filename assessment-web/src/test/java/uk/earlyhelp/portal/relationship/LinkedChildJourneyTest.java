package uk.earlyhelp.portal.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.Inbox;
import uk.earlyhelp.portal.security.Role;
import uk.earlyhelp.relationship.api.ChildDetails;
import uk.earlyhelp.relationship.api.ChildViewed;
import uk.earlyhelp.relationship.api.LinkRequestSummary;
import uk.earlyhelp.relationship.api.ViewerRole;

/**
 * Acceptance 2, 3 and 4: a practitioner asks to be linked to a child, the coordinator grants it as key worker (an
 * email each way), the child shows in Professional Relationships with its basic details, every opening is recorded,
 * and once the coordinator ends the link the practitioner reaches the child by no URL.
 */
@ExtendWith(OutputCaptureExtension.class)
class LinkedChildJourneyTest extends RelationshipWebTest {

    @Test
    void aRequestIsEmailedToTheCoordinatorGrantedAsKeyWorkerAndTheChildShownWithItsBasicDetails() throws Exception {
        Account practitioner = account(Role.PRACTITIONER, "North");
        ChildDetails child = newChild();
        String childId = recordChild(COORDINATOR, child);

        LinkRequestSummary request = requestLink(practitioner.email(), child, "I am Kit's family support worker at school");
        assertThat(request.reason()).isEqualTo("I am Kit's family support worker at school");
        MimeMessage arrived = inbox.await(COORDINATOR, "New request for a link to a child in North");
        assertThat(Inbox.text(arrived)).contains("/coordinator/children/requests").doesNotContain(child.firstName());
        assertThat(page("/coordinator/children/requests", COORDINATOR)).contains(child.firstName() + " Smith, 14/03/2019");

        // Only as key worker: the coordinator must say so. (The page offers the locality's records from the
        // child-records projection, so wait until it holds the one just added.)
        eventually(() -> queries.childrenOf("North").children().stream().anyMatch(c -> c.childId().equals(childId)),
                "the new child among the records offered");
        assertThat(mvc.perform(post("/coordinator/children/requests/" + request.linkId() + "/grant").with(csrf())
                        .with(signedInAs(COORDINATOR)).param("childId", childId)).andReturn().getResponse())
                .satisfies(refused -> {
                    assertThat(refused.getStatus()).isEqualTo(400);
                    assertThat(refused.getContentAsString()).contains("govuk-error-summary", "href=\"#keyWorker\"",
                            "value=\"" + childId + "\" checked");
                });
        // Not linked yet: the dashboard shows the request waiting, not the child's record.
        assertThat(dashboard(practitioner)).doesNotContain("/children/" + childId).doesNotContain(child.email());

        grant(COORDINATOR, request.linkId(), childId);
        MimeMessage granted = inbox.await(practitioner.email(), "Your request to be linked to a child has been granted");
        assertThat(Inbox.text(granted)).contains("Sign in").doesNotContain(child.firstName()).doesNotContain(child.address());

        String panel = eventually(() -> {
            String page = dashboard(practitioner);
            return page.contains("/children/" + childId) ? page : null;
        }, "the child in Professional Relationships");
        assertThat(panel).contains(child.firstName() + " Smith", "14/03/2019", "1 High Street", child.phone(),
                child.email(), "Ann Jones", "/children/" + childId);

        String view = page("/children/" + childId, practitioner.email());
        assertThat(view).contains(child.firstName() + " Smith", "1 High Street", child.phone(), child.email(),
                "Health visitor: Ann Jones").doesNotContain("Who has opened this record");
        assertThat(events(childId)).contains(new ChildViewed(childId, practitioner.id(), ViewerRole.LINKED_PRACTITIONER));
    }

    @Test
    void everyOpeningOfTheRecordIsInItsAuditTrailWhichTheCoordinatorSees() throws Exception {
        Account practitioner = account(Role.PRACTITIONER, "North");
        String childId = linked(practitioner.email(), newChild());
        Account coordinator = accounts.findByEmail(COORDINATOR).orElseThrow();

        page("/children/" + childId, practitioner.email());
        page("/children/" + childId, practitioner.email());
        page("/children/" + childId, COORDINATOR);

        assertThat(events(childId).stream().filter(ChildViewed.class::isInstance).toList()).containsExactly(
                new ChildViewed(childId, practitioner.id(), ViewerRole.LINKED_PRACTITIONER),
                new ChildViewed(childId, practitioner.id(), ViewerRole.LINKED_PRACTITIONER),
                new ChildViewed(childId, coordinator.id(), ViewerRole.COORDINATOR));
        assertThat(eventually(() -> queries.views(childId).views().size() == 3, "three views in the history")).isTrue();
        String history = page("/children/" + childId, COORDINATOR);
        assertThat(history).contains("Who has opened this record", practitioner.displayName(), "Linked practitioner",
                "Demo Coordinator");
    }

    @Test
    void afterTheCoordinatorEndsTheLinkThePractitionerReachesTheChildByNoUrl(CapturedOutput output) throws Exception {
        Account practitioner = account(Role.PRACTITIONER, "North");
        ChildDetails child = newChild();
        String childId = linked(practitioner.email(), child);
        assertThat(status("/children/" + childId, practitioner.email())).isEqualTo(200);
        String linkId = eventually(() -> queries.activeLinksTo(childId).requests().stream().findFirst().orElse(null),
                "the active link").linkId();
        eventually(() -> dashboard(practitioner).contains("/children/" + childId), "the child in the panel");

        assertThat(mvc.perform(post("/coordinator/children/links/" + linkId + "/end").with(csrf())
                .with(signedInAs(COORDINATOR))).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/children/" + childId);

        // At once: access is decided on the practitioner's own events, not on a projection catching up.
        assertThat(status("/children/" + childId, practitioner.email())).isEqualTo(404);
        assertThat(dashboard(practitioner)).doesNotContain(child.firstName());
        assertThat(status("/children/" + childId + "/", practitioner.email())).isEqualTo(404);
        assertThat(status("/children/" + childId.toUpperCase(), practitioner.email())).isEqualTo(404);
        assertThat(status("/children/no-such-child", practitioner.email())).isEqualTo(404);
        assertThat(output.getAll()).contains("Refused access to child record " + childId)
                .doesNotContain(practitioner.email()).doesNotContain(child.firstName());
        // Ending again: the link is no longer there to end.
        assertThat(mvc.perform(post("/coordinator/children/links/" + linkId + "/end").with(csrf())
                .with(signedInAs(COORDINATOR))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void anotherPractitionerNeverReachesTheChildAndGetsTheSameNotFoundAsAnUnknownId(CapturedOutput output) throws Exception {
        Account linkedOne = account(Role.PRACTITIONER, "North");
        ChildDetails child = newChild();
        String childId = linked(linkedOne.email(), child);

        for (String other : new String[] {PRACTITIONER, SECOND_PRACTITIONER, "auditor@example.org", "admin@example.org"}) {
            var refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .get("/children/" + childId).with(signedInAs(other))).andReturn().getResponse();
            var unknown = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .get("/children/c-00000000-0000-0000-0000-000000000000").with(signedInAs(other))).andReturn().getResponse();
            assertThat(refused.getStatus()).as(other).isEqualTo(404);
            assertThat(withoutTokens(refused.getContentAsString())).isEqualTo(withoutTokens(unknown.getContentAsString()))
                    .doesNotContain(child.firstName());
        }
        assertThat(events(childId).stream().filter(ChildViewed.class::isInstance).toList()).isEmpty();
        assertThat(output.getAll()).contains("Refused access to child record " + childId)
                .doesNotContain(child.firstName()).doesNotContain(PRACTITIONER);
    }

    @Test
    void aDeclineNeedsAReasonWhichIsEmailedToThePractitioner() throws Exception {
        Account practitioner = account(Role.PRACTITIONER, "North");
        ChildDetails child = newChild();
        LinkRequestSummary request = requestLink(practitioner.email(), child, "Class teacher");

        var blank = mvc.perform(post("/coordinator/children/requests/" + request.linkId() + "/decline").with(csrf())
                .with(signedInAs(COORDINATOR)).param("reason", "   ")).andReturn().getResponse();
        assertThat(blank.getStatus()).isEqualTo(400);
        assertThat(blank.getContentAsString()).contains("govuk-error-summary", "href=\"#reason\"",
                "Enter a reason for declining the request");

        var declined = mvc.perform(post("/coordinator/children/requests/" + request.linkId() + "/decline").with(csrf())
                .with(signedInAs(COORDINATOR)).param("reason", "The school nurse is the key worker")).andReturn().getResponse();
        assertThat(declined.getStatus()).isEqualTo(302);
        MimeMessage email = inbox.await(practitioner.email(), "Your request to be linked to a child was declined");
        assertThat(Inbox.text(email)).contains("The school nurse is the key worker", "locality's Early Help Coordinator")
                .doesNotContain(child.firstName());
        // Decided: no longer in the queue, and cannot be granted now.
        eventually(() -> queries.pendingRequests("North").requests().stream()
                .noneMatch(r -> r.linkId().equals(request.linkId())), "the request gone from the queue");
        assertThat(mvc.perform(post("/coordinator/children/requests/" + request.linkId() + "/grant").with(csrf())
                        .with(signedInAs(COORDINATOR)).param("childId", "c-1").param("keyWorker", "yes"))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aRequestWithProblemsIsShownAgainAsTypedAndRecordsNothing() throws Exception {
        Account practitioner = account(Role.PRACTITIONER, "North");
        var response = mvc.perform(post("/relationships/request").with(csrf()).with(signedInAs(practitioner.email()))
                .param("firstName", "Zebedee").param("lastName", "")
                .param("dateOfBirthDay", "31").param("dateOfBirthMonth", "2").param("dateOfBirthYear", "2020")
                .param("mosaicPersonReference", "").param("reason", "")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("govuk-error-summary", "href=\"#lastName\"",
                "href=\"#dateOfBirth\"", "href=\"#reason\"", "Date of birth must be a real date",
                "value=\"Zebedee\"", "value=\"31\"");
        assertThat(events(practitioner.id())).isEmpty();
    }

    /** A page without what differs on every response (CSRF token, script nonce). */
    private static String withoutTokens(String page) {
        return page.replaceAll("content=\"[^\"]{40,}\"", "content=\"…\"").replaceAll("nonce=\"[^\"]+\"", "nonce=\"…\"")
                .replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "name=\"_csrf\"");
    }

    private String dashboard(Account practitioner) {
        return page("/", practitioner.email());
    }
}
