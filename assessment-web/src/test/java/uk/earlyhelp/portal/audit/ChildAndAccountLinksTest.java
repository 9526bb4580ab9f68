package uk.earlyhelp.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.audit.access.AccessLog;
import uk.earlyhelp.portal.myassessments.ProjectionCatchUp;
import uk.earlyhelp.relationship.api.ChildDescription;
import uk.earlyhelp.relationship.api.ChildDetails;
import uk.earlyhelp.relationship.api.ChildSource;
import uk.earlyhelp.relationship.api.EndLink;
import uk.earlyhelp.relationship.api.GrantLink;
import uk.earlyhelp.relationship.api.RecordChild;
import uk.earlyhelp.relationship.api.RequestLink;

/**
 * Issue 11, items 4 and 5: a link requested, granted and ended is on the child's timeline and on the practitioner's
 * account timeline, read from the store; both timelines download as CSV and JSON (each event as stored), recorded and
 * never cached; nobody but an auditor reaches them, and an unknown id is "Page not found".
 */
class ChildAndAccountLinksTest extends PortalWebTest {

    private static final String COORDINATOR = "coordinator@example.org";
    private static final String AUDITOR = AuditPagesAccessTest.AUDITOR;

    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    Accounts accounts;
    @Autowired
    AccessLog accessLog;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore eventStore;
    @Autowired
    TokenStore tokenStore;

    @Test
    void aLinkRequestedGrantedAndEndedIsOnTheChildsAndTheAccountsTimelineAndInTheirExports() throws Exception {
        String first = uniqueName();
        String childId = "c-" + UUID.randomUUID();
        String linkId = "l-" + UUID.randomUUID();
        String coordinatorId = accounts.findByEmail(COORDINATOR).orElseThrow().id();
        String practitionerId = accounts.findByEmail(PRACTITIONER).orElseThrow().id();
        commands.send(new RecordChild(childId, "North", new ChildDetails(first, "Smith", "2019-05-09", "", "", "", "", ""),
                ChildSource.COORDINATOR, null, null, coordinatorId), COORDINATOR);
        commands.send(new RequestLink(practitionerId, linkId, "North",
                new ChildDescription(first, "Smith", "2019-05-09", ""), "I am the school nurse"), PRACTITIONER);
        commands.send(new GrantLink(practitionerId, linkId, childId, true, coordinatorId, "North"), COORDINATOR);
        commands.send(new EndLink(practitionerId, linkId, coordinatorId, "North"), COORDINATOR);
        new ProjectionCatchUp("link-requests", processing, eventStore, tokenStore).await();

        String child = AuditorPages.page(mvc, signedInAs(AUDITOR), AuditPaths.child(childId));
        assertThat(child).contains("Recorded the child " + first + " Smith in North",
                "Demo Practitioner asked to be linked to a child described as " + first + " Smith, 2019-05-09, in North",
                "Demo Practitioner linked to the child record " + childId + " as key worker",
                "Link of Demo Practitioner to the child record " + childId + " ended (by the coordinator)",
                "href=\"" + AuditPaths.childCsv(childId) + "\"");
        assertThat(child.indexOf("Recorded the child")).isLessThan(child.indexOf("asked to be linked"));
        assertThat(child.indexOf("asked to be linked")).isLessThan(child.indexOf("as key worker"));

        String account = AuditorPages.page(mvc, signedInAs(AUDITOR), AuditPaths.account(practitionerId));
        assertThat(account).contains("Links to children", "linked to the child record " + childId + " as key worker",
                "href=\"" + AuditPaths.accountJson(practitionerId) + "\"");

        JsonNode childEvents = json(AuditPaths.childJson(childId));
        List<String> types = new ArrayList<>();
        childEvents.forEach(event -> types.add(event.get("type").asText()));
        assertThat(types).containsExactly("uk.earlyhelp.relationship.api.ChildRecorded",
                "uk.earlyhelp.relationship.api.LinkRequested", "uk.earlyhelp.relationship.api.LinkGranted",
                "uk.earlyhelp.relationship.api.LinkEnded");
        JsonNode granted = childEvents.get(2);
        assertThat(granted.get("position").asLong()).isGreaterThan(childEvents.get(1).get("position").asLong());
        assertThat(granted.get("revision").asText()).isEqualTo("1");
        assertThat(granted.get("payload").get("childId").asText()).isEqualTo(childId);
        assertThat(granted.get("actor").get("name").asText()).isEqualTo("Demo Coordinator");

        MockHttpServletResponse csv = export(AuditPaths.accountCsv(practitionerId));
        assertThat(csv.getHeader("Cache-Control")).contains("no-store");
        assertThat(csv.getContentAsString()).startsWith("position,sequence,when,type,revision,actor")
                .contains("\"account_history\"", "\"uk.earlyhelp.relationship.api.LinkGranted\"");
        JsonNode accountEvents = json(AuditPaths.accountJson(practitionerId));
        assertThat(accountEvents.findValuesAsText("type")).contains("account_history",
                "uk.earlyhelp.relationship.api.LinkEnded");

        // The ids are this test's own; the newest entries hold its exports whatever other tests recorded.
        assertThat(accessLog.newestFirst(0, 500)).anyMatch(entry -> entry.what().equals("CHILD_EXPORT_JSON")
                        && childId.equals(entry.target()) && entry.actorId().equals(accountIdOf(AUDITOR)))
                .anyMatch(entry -> entry.what().equals("ACCOUNT_EXPORT_CSV") && practitionerId.equals(entry.target()));
    }

    @Test
    void theExportsAreTheAuditorsAloneAndAnUnknownIdIsPageNotFound() throws Exception {
        String practitionerId = accounts.findByEmail(PRACTITIONER).orElseThrow().id();
        List<String> paths = List.of(AuditPaths.childCsv("c-" + UUID.randomUUID()), AuditPaths.childJson("not a child"),
                AuditPaths.accountCsv("a-" + UUID.randomUUID()), AuditPaths.accountJson("a-" + UUID.randomUUID()));
        for (String path : paths) {
            mvc.perform(get(path).with(signedInAs(AUDITOR))).andExpect(status().isNotFound());
        }
        for (String user : List.of(PRACTITIONER, COORDINATOR, "admin@example.org")) {
            for (String path : List.of(AuditPaths.accountCsv(practitionerId), AuditPaths.accountJson(practitionerId))) {
                mvc.perform(get(path).with(signedInAs(user))).andExpect(status().isNotFound());
            }
        }
        mvc.perform(get(AuditPaths.accountJson(practitionerId))).andExpect(status().isNotFound());
    }

    private MockHttpServletResponse export(String path) throws Exception {
        return mvc.perform(get(path).with(signedInAs(AUDITOR))).andExpect(status().isOk()).andReturn().getResponse();
    }

    private JsonNode json(String path) throws Exception {
        MockHttpServletResponse response = export(path);
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        return new ObjectMapper().readTree(response.getContentAsString());
    }

    // Names are letters only; a new one each run, so that no earlier request for the same child stands in the way.
    private static String uniqueName() {
        Random random = new Random();
        StringBuilder name = new StringBuilder("Kit");
        for (int i = 0; i < 8; i++) name.append((char) ('a' + random.nextInt(26)));
        return name.toString();
    }
}
