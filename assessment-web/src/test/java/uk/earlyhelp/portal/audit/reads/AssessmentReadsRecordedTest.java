package uk.earlyhelp.portal.audit.reads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import uk.earlyhelp.assessment.api.FinishAssessment;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.audit.AuditPaths;
import uk.earlyhelp.portal.audit.access.AccessLog;
import uk.earlyhelp.portal.audit.access.AccessLogEntry;
import uk.earlyhelp.portal.eventstore.CommandScript;

/**
 * Every read of an assessment is recorded (who, what, when) and shown to the auditor in that assessment's timeline,
 * under "Who opened it": the author's wizard pages, check answers, the submitted view and each PDF, the coordinator's
 * view and PDF, the auditor's own pages. An autosave is a write, not a read, and a refused read records nothing.
 */
class AssessmentReadsRecordedTest extends PortalWebTest {

    private static final String COORDINATOR = "coordinator@example.org";
    private static final String AUDITOR = "auditor@example.org";

    @Autowired
    private ActingUserCommandGateway commands;
    @Autowired
    private AccessLog accessLog;

    @Test
    void eachWizardPageOfTheAuthorIsRecordedButAnAutosaveIsNot() throws Exception {
        String id = draft();
        String base = "/assessments/" + id;
        ok(base, PRACTITIONER);
        ok(base + "/sections/outcome", PRACTITIONER);
        ok(base + "/tables/family-members/rows/m1", PRACTITIONER);
        ok(base + "/check", PRACTITIONER);
        ok(base + "/pdf", PRACTITIONER);
        mvc.perform(post(base + "/sections/outcome/autosave").param("outcomeReason", "Typed, then autosaved")
                .accept(MediaType.APPLICATION_JSON).with(signedInAs(PRACTITIONER)).with(csrf()))
                .andExpect(status().isOk());

        assertThat(oldestFirst(id)).extracting(AccessLogEntry::actorId, AccessLogEntry::what, AccessLogEntry::target)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(accountIdOf(PRACTITIONER), "WIZARD_TASK_LIST", id),
                        org.assertj.core.groups.Tuple.tuple(accountIdOf(PRACTITIONER), "WIZARD_SECTION", id + " section outcome"),
                        org.assertj.core.groups.Tuple.tuple(accountIdOf(PRACTITIONER), "WIZARD_ROW", id + " table family-members row m1"),
                        org.assertj.core.groups.Tuple.tuple(accountIdOf(PRACTITIONER), "WIZARD_CHECK_ANSWERS", id),
                        org.assertj.core.groups.Tuple.tuple(accountIdOf(PRACTITIONER), "PDF", id));
        assertThat(oldestFirst(id)).allSatisfy(entry -> assertThat(entry.at()).isNotNull());
    }

    @Test
    void theSubmittedViewTheCoordinatorsReadsAndTheAuditorsShowInTheTimeline() throws Exception {
        String id = draft();
        commands.send(new FinishAssessment(id), PRACTITIONER);
        ok("/assessments/" + id, PRACTITIONER);
        ok("/assessments/" + id + "/pdf", PRACTITIONER);
        ok("/locality-assessments/" + id, COORDINATOR);
        ok("/locality-assessments/" + id + "/pdf", COORDINATOR);
        ok(AuditPaths.asAt(id, 2), AUDITOR);
        String timeline = ok(AuditPaths.assessment(id), AUDITOR);

        assertThat(oldestFirst(id)).extracting(AccessLogEntry::what).containsExactly("SUBMITTED_VIEW", "PDF",
                "LOCALITY_VIEW", "LOCALITY_PDF", "ASSESSMENT_AS_AT", "ASSESSMENT_TIMELINE");
        String reads = timeline.substring(timeline.indexOf("Who opened it"));
        assertThat(reads).contains("Read 6 times (this opening included)")
                .contains("Opened the submitted assessment").contains("Downloaded the assessment (PDF)")
                .contains("Coordinator opened the submitted assessment")
                .contains("Coordinator downloaded the submitted assessment (PDF)")
                .contains("Opened an assessment as it stood at a moment").contains(id + " after event 2")
                .contains("Opened an assessment&#39;s history").contains("Demo Coordinator");
        // Newest first: the auditor's own opening heads the list, the author's first read ends it.
        assertThat(reads.indexOf("Opened an assessment&#39;s history"))
                .isLessThan(reads.indexOf("Coordinator opened the submitted assessment"))
                .isLessThan(reads.indexOf("Opened the submitted assessment"));
    }

    @Test
    void aRefusedReadRecordsNothingAgainstTheAssessment() throws Exception {
        String id = draft();
        for (String page : List.of("/assessments/" + id, "/assessments/" + id + "/sections/outcome",
                "/assessments/" + id + "/check", "/assessments/" + id + "/pdf")) {
            mvc.perform(get(page).with(signedInAs(SECOND_PRACTITIONER))).andExpect(status().isNotFound());
        }
        // A draft is not the coordinator's to read, though its author is of their locality.
        for (String page : List.of("/locality-assessments/" + id, "/locality-assessments/" + id + "/pdf")) {
            mvc.perform(get(page).with(signedInAs(COORDINATOR))).andExpect(status().isNotFound());
        }
        assertThat(accessLog.readCountOf(id)).isZero();
    }

    private String ok(String path, String user) throws Exception {
        return mvc.perform(get(path).with(signedInAs(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private List<AccessLogEntry> oldestFirst(String id) {
        List<AccessLogEntry> entries = new java.util.ArrayList<>(accessLog.readsOf(id, 100));
        java.util.Collections.reverse(entries);
        return entries;
    }

    /** A complete draft by the demo practitioner (North, as the demo coordinator), not yet finished. */
    private String draft() {
        String id = "a-" + UUID.randomUUID();
        CommandScript.commandsAs(id, accountIdOf(PRACTITIONER)).stream().filter(command -> !(command instanceof FinishAssessment))
                .forEach(command -> commands.send(command, accountIdOf(PRACTITIONER)));
        return id;
    }
}
