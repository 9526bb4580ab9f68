package uk.earlyhelp.portal.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.earlyhelp.assessment.Assessment;
import uk.earlyhelp.assessment.api.ActingUser;
import uk.earlyhelp.assessment.api.MosaicDeliveryFailed;
import uk.earlyhelp.assessment.api.StartAssessment;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.eventstore.CommandScript;

/**
 * Assessments with a history for the auditors' tests: the whole of {@link CommandScript} by a demo practitioner (14
 * events, submitted), then optionally a delivery failure stored exactly as revision 1 wrote it (no "retrying").
 */
public final class AuditedAssessments {

    public static final String REVISION_1_REASON = "Mosaic answered HTTP 503 (attempt 1; retrying automatically)";

    private AuditedAssessments() {
    }

    /** Returns the new assessment's id; 13 events. */
    public static String submitted(ActingUserCommandGateway commands, String author) {
        String id = "audit-" + UUID.randomUUID();
        List<Object> script = new ArrayList<>(CommandScript.commands(id));
        script.set(0, new StartAssessment(id, "early-help-assessment", author));
        for (Object command : script) {
            commands.send(command, author);
        }
        return id;
    }

    /** Appends event 14: a revision-1 MosaicDeliveryFailed, as the store held it before revision 2. */
    public static void failedDeliveryOfRevision1(String id, EventStorageEngine store, TransactionManager transactions,
                                          JdbcTemplate jdbc) {
        var failed = new GenericDomainEventMessage<>(Assessment.class.getSimpleName(), id, 13,
                new MosaicDeliveryFailed(id, REVISION_1_REASON, true), MetaData.with(ActingUser.METADATA_KEY, "mosaic-projector"));
        transactions.executeInTransaction(() -> store.appendEvents(failed));
        jdbc.update("update domain_event_entry set payload = ?, payload_revision = '1' where event_identifier = ?",
                ("{\"assessmentId\":\"" + id + "\",\"reason\":\"" + REVISION_1_REASON + "\"}")
                        .getBytes(StandardCharsets.UTF_8), failed.getIdentifier());
    }
}
