package uk.earlyhelp.assessment.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads a stored {@link AssessmentDeleted} of revision 1 as revision 2: with reason {@code DELETED_BY_USER} (before the
 * retention schedule, a deletion was only ever a user's own, from My Assessments) and {@code deletedBy} as the account
 * id where revision 1 stored an email address (ADR 0032). Both changes made revision 2, so one step makes both.
 */
public class AssessmentDeletedUpcaster extends SingleEventUpcaster {

    private static final String TYPE = AssessmentDeleted.class.getName();
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    private final AccountIdsByEmail accounts;

    public AssessmentDeletedUpcaster(AccountIdsByEmail accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return TYPE.equals(event.getType().getName()) && "1".equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REVISION_2, ObjectNode.class,
                payload -> {
                    JsonNode deletedBy = payload.get("deletedBy");
                    if (deletedBy != null && !deletedBy.isNull()) {
                        payload.put("deletedBy", accounts.resolve(deletedBy.asText()));
                    }
                    return payload.put("reason", DeletionReason.DELETED_BY_USER.name());
                });
    }
}
