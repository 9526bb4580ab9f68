package uk.earlyhelp.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.myassessments.ProjectionCatchUp;
import uk.earlyhelp.relationship.api.ChildDetails;
import uk.earlyhelp.relationship.api.ChildSource;
import uk.earlyhelp.relationship.api.RecordChild;
import uk.earlyhelp.relationship.api.RecordChildView;
import uk.earlyhelp.relationship.api.ViewerRole;

/**
 * From an assessment's timeline to its author's account history and to the child record made from a family member;
 * the child's timeline says who recorded and who opened it. Both are the auditor's alone.
 */
class ChildAndAccountTimelinesTest extends PortalWebTest {

    private static final String COORDINATOR = "coordinator@example.org";

    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    Accounts accounts;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore eventStore;
    @Autowired
    TokenStore tokenStore;

    private String page(String path) throws Exception {
        return AuditorPages.page(mvc, signedInAs(AuditPagesAccessTest.AUDITOR), path);
    }

    @Test
    void theAssessmentLinksToItsAuthorsAccountAndToTheChildRecordOfAFamilyMember() throws Exception {
        String assessmentId = AuditedAssessments.submitted(commands, accountIdOf(PRACTITIONER));
        String childId = "c-" + UUID.randomUUID();
        String coordinatorId = accounts.findByEmail(COORDINATOR).orElseThrow().id();
        commands.send(new RecordChild(childId, "North", new ChildDetails("Mary", "Smith", "1990-05-09", "", "", "", "", ""),
                ChildSource.ASSESSMENT_FAMILY_MEMBER, assessmentId, "m1", coordinatorId), COORDINATOR);
        commands.send(new RecordChildView(childId, coordinatorId, ViewerRole.COORDINATOR), COORDINATOR);
        new ProjectionCatchUp("child-records", processing, eventStore, tokenStore).await();
        String practitionerId = accounts.findByEmail(PRACTITIONER).orElseThrow().id();

        String timeline = page(AuditPaths.assessment(assessmentId));
        assertThat(timeline).contains("href=\"" + AuditPaths.account(practitionerId) + "\"",
                "href=\"" + AuditPaths.child(childId) + "\"", "Child record history: Mary Smith");

        String child = page(AuditPaths.child(childId));
        assertThat(child).contains("Recorded the child Mary Smith in North (from a family member of a submitted assessment)",
                "Opened the record, as the locality's coordinator", "Demo Coordinator");

        String account = page(AuditPaths.account(practitionerId));
        assertThat(account).contains("Account history: Demo Practitioner", PRACTITIONER);

        for (String user : List.of(PRACTITIONER, COORDINATOR, "admin@example.org")) {
            for (String path : List.of(AuditPaths.child(childId), AuditPaths.account(practitionerId))) {
                mvc.perform(get(path).with(signedInAs(user))).andExpect(status().isNotFound());
            }
        }
        // An assessment's id is not a child's, nor the other way round.
        mvc.perform(get(AuditPaths.child(assessmentId)).with(signedInAs(AuditPagesAccessTest.AUDITOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get(AuditPaths.assessment(childId)).with(signedInAs(AuditPagesAccessTest.AUDITOR)))
                .andExpect(status().isNotFound());
    }
}
