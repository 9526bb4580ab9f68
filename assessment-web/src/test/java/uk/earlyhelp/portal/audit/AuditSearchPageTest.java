package uk.earlyhelp.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.earlyhelp.assessment.api.DeleteAssessment;
import uk.earlyhelp.assessment.api.StartAssessment;
import uk.earlyhelp.assessment.api.AddFamilyMember;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.audit.access.AccessLog;
import uk.earlyhelp.portal.myassessments.ProjectionCatchUp;

/**
 * The Find page: results link to each assessment's history with its author and status (a deleted draft marked
 * deleted); a date that is not a date is answered with a GOV.UK error summary that keeps what was typed; each search
 * is recorded.
 */
class AuditSearchPageTest extends PortalWebTest {

    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore eventStore;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    AccessLog accessLog;

    private String page(String path) throws Exception {
        return AuditorPages.page(mvc, signedInAs(AuditPagesAccessTest.AUDITOR), path);
    }

    @Test
    void aDeletedDraftIsFoundMarkedDeletedAndLinksToItsHistory() throws Exception {
        String id = "find-" + java.util.UUID.randomUUID();
        commands.send(new StartAssessment(id, "early-help-assessment", accountIdOf(SECOND_PRACTITIONER)), accountIdOf(SECOND_PRACTITIONER));
        commands.send(new AddFamilyMember(id, "m1", java.util.Map.of("name", java.util.List.of("Ffion Pageworthy"),
                "dateOfBirth", java.util.List.of("2019-03-27"), "gender", java.util.List.of("female"),
                "relationship", java.util.List.of("subject-child"), "ethnicity", java.util.List.of("white-british"))),
                SECOND_PRACTITIONER);
        commands.send(new DeleteAssessment(id), SECOND_PRACTITIONER);
        new ProjectionCatchUp("audit-assessment-search", processing, eventStore, tokenStore).await();

        String found = page("/audit?name=pageworthy&author=second");

        assertThat(found).contains("1 assessment found", "Ffion Pageworthy", "Second Demo Practitioner (Practitioner, Demo Council)",
                "Deleted", "href=\"" + AuditPaths.assessment(id) + "\"");
        assertThat(accessLog.newestFirst(0, 1).get(0).what()).isEqualTo("ASSESSMENT_SEARCH");
    }

    @Test
    void aDateThatIsNotADateIsShownInTheErrorSummaryWithWhatWasTyped() throws Exception {
        String answer = page("/audit?name=Smith&changedFromDay=31&changedFromMonth=2&changedFromYear=2026");

        assertThat(answer).contains("There is a problem", "href=\"#changedFrom\"", "value=\"31\"", "value=\"Smith\"")
                .doesNotContain("assessments found");
    }
}
