package uk.earlyhelp.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import uk.earlyhelp.assessment.api.AddFamilyMember;
import uk.earlyhelp.assessment.api.StartAssessment;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.audit.access.AccessLog;

/**
 * The exported timeline: CSV that no spreadsheet runs as a formula, and JSON with each event as stored (position,
 * sequence, type, revision, timestamp, actor, correlation id, payload), neither kept by any cache.
 */
class TimelineExportTest extends PortalWebTest {

    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccessLog accessLog;

    private MockHttpServletResponse download(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(signedInAs(AuditPagesAccessTest.AUDITOR)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        return response;
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsDefused() throws Exception {
        String id = "export-" + UUID.randomUUID();
        commands.send(new StartAssessment(id, "early-help-assessment", accountIdOf(PRACTITIONER)), accountIdOf(PRACTITIONER));
        // An acting user no account has is shown by its id: here one made to look like a formula.
        commands.send(new AddFamilyMember(id, "m1", Map.of("name", List.of("=HYPERLINK(\"http://x\")"),
                "dateOfBirth", List.of("1990-05-09"), "gender", List.of("female"), "relationship", List.of("mother"),
                "ethnicity", List.of("white-british"))), "=1+1");

        String csv = download(AuditPaths.csv(id)).getContentAsString();

        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("position,sequence,when,type,revision,actor,actor_role,actor_organisation,"
                + "what,correlation_id");
        assertThat(lines[1]).contains("\"Demo Practitioner\",\"Practitioner\"", "\"uk.earlyhelp.assessment.api.AssessmentStarted\"");
        assertThat(lines[2]).contains("\"'=1+1 (no account)\"", "\"Added family member =HYPERLINK(\"\"http://x\"\")")
                .doesNotContain(",\"=");
        assertThat(accessLog.newestFirst(0, 1).get(0).what()).isEqualTo("ASSESSMENT_EXPORT_CSV");
    }

    @Test
    void theJsonHoldsEachEventAsStoredUnderItsRevision() throws Exception {
        String id = AuditedAssessments.submitted(commands, accountIdOf(PRACTITIONER));
        AuditedAssessments.failedDeliveryOfRevision1(id, storageEngine, transactions, jdbc);

        JsonNode events = new ObjectMapper().readTree(download(AuditPaths.json(id)).getContentAsString());

        assertThat(events).hasSize(14);
        JsonNode first = events.get(0);
        assertThat(first.get("sequence").asLong()).isZero();
        assertThat(first.get("position").asLong()).isEqualTo(jdbc.queryForObject("select global_index from"
                + " domain_event_entry where aggregate_identifier = ? and sequence_number = 0", Long.class, id));
        assertThat(first.get("type").asText()).isEqualTo("uk.earlyhelp.assessment.api.AssessmentStarted");
        assertThat(first.get("actor").get("name").asText()).isEqualTo("Demo Practitioner");
        assertThat(first.get("correlationId").asText()).isNotBlank();
        assertThat(first.get("timestamp").asText()).isNotBlank();
        assertThat(first.get("payload").get("authorId").asText()).isEqualTo(accountIdOf(PRACTITIONER));
        JsonNode failure = events.get(13);
        assertThat(failure.get("revision").asText()).isEqualTo("1");
        assertThat(failure.get("payload").has("retrying")).as("as stored, not upcast").isFalse();
        assertThat(failure.get("payload").get("reason").asText()).isEqualTo(AuditedAssessments.REVISION_1_REASON);
    }
}
