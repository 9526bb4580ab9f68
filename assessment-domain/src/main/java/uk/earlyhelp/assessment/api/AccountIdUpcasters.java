package uk.earlyhelp.assessment.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads events stored while people were named by email address as if they had always been named by account id (ADR
 * 0009, 0032): revision 1 of {@link AssessmentStarted} ({@code authorId}), {@link AssessmentFinished} ({@code finishedBy})
 * and {@link AssessmentDeleted} ({@code deletedBy}), and every event's {@link ActingUser} metadata.
 */
public final class AccountIdUpcasters {

    private AccountIdUpcasters() {
    }

    public static List<SingleEventUpcaster> all(AccountIdsByEmail accounts) {
        return List.of(new PersonField(AssessmentStarted.class, "authorId", accounts),
                new PersonField(AssessmentFinished.class, "finishedBy", accounts),
                new AssessmentDeletedUpcaster(accounts), actingUser(accounts));
    }

    public static SingleEventUpcaster actingUser(AccountIdsByEmail accounts) {
        return new ActingUserMetadata(accounts);
    }

    /** Revision 1 → 2 of an event whose payload names a person: their address becomes their account id. */
    static final class PersonField extends SingleEventUpcaster {

        private final String type;
        private final String field;
        private final SimpleSerializedType revision2;
        private final AccountIdsByEmail accounts;

        PersonField(Class<?> event, String field, AccountIdsByEmail accounts) {
            this.type = event.getName();
            this.field = field;
            this.revision2 = new SimpleSerializedType(type, "2");
            this.accounts = accounts;
        }

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation event) {
            return type.equals(event.getType().getName()) && "1".equals(event.getType().getRevision());
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
            return event.upcastPayload(revision2, ObjectNode.class, payload -> {
                JsonNode person = payload.get(field);
                return person == null || person.isNull() ? payload : payload.put(field, accounts.resolve(person.asText()));
            });
        }
    }

    /**
     * Any event, any revision: metadata has no revision of its own, so an address is recognised by its shape (account
     * ids are UUIDs, other actors words such as "system"); the payload and its revision are left as they are.
     */
    static final class ActingUserMetadata extends SingleEventUpcaster {

        private final AccountIdsByEmail accounts;

        ActingUserMetadata(AccountIdsByEmail accounts) {
            this.accounts = accounts;
        }

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation event) {
            Object actor = event.getMetaData().getObject().get(ActingUser.METADATA_KEY);
            return actor instanceof String id && id.contains("@");
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
            return event.upcast(event.getType(), JsonNode.class, payload -> payload, metaData -> metaData.and(
                    ActingUser.METADATA_KEY, accounts.resolve((String) metaData.get(ActingUser.METADATA_KEY))));
        }
    }
}
