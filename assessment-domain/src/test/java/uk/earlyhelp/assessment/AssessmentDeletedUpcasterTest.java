package uk.earlyhelp.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.assessment.api.AccountIdsByEmail;
import uk.earlyhelp.assessment.api.AssessmentDeleted;
import uk.earlyhelp.assessment.api.AssessmentDeletedUpcaster;
import uk.earlyhelp.assessment.api.DeletionReason;

/** A deletion stored before the retention schedule (revision 1) reads as its user's own; revision 2 as written. */
class AssessmentDeletedUpcasterTest {

    private static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();
    private static final String ACCOUNT_ID = "0b8e1f52-0000-4000-8000-000000000009";
    private static final AccountIdsByEmail ACCOUNTS = email -> "practitioner@example.org".equals(email)
            ? Optional.of(ACCOUNT_ID) : Optional.empty();

    @Test
    void aRevision1DeletionIsReadAsTheUsersOwnByTheirAccountId() {
        byte[] stored = "{\"assessmentId\":\"a-1\",\"deletedBy\":\"Practitioner@example.org\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(read(entry("1", stored))).containsExactly(
                new AssessmentDeleted("a-1", ACCOUNT_ID, DeletionReason.DELETED_BY_USER));
    }

    @Test
    void aRevision2DeletionByRetentionIsReadAsItWasWritten() {
        AssessmentDeleted byRetention = new AssessmentDeleted("a-1", "retention",
                DeletionReason.UNTOUCHED_DRAFT_RETENTION);
        SerializedObject<byte[]> written = SERIALIZER.serialize(byRetention, byte[].class);
        assertThat(written.getType().getRevision()).isEqualTo("2");

        assertThat(read(entry("2", written.getData()))).containsExactly(byRetention);
    }

    private static List<AssessmentDeleted> read(DomainEventData<byte[]> entry) {
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), SERIALIZER,
                        new EventUpcasterChain(new AssessmentDeletedUpcaster(ACCOUNTS)))
                .asStream().map(DomainEventMessage::getPayload).map(AssessmentDeleted.class::cast).toList();
    }

    private static DomainEventData<byte[]> entry(String revision, byte[] payload) {
        return new GenericDomainEventEntry<>("Assessment", "a-1", 3, "event-1", Instant.parse("2026-01-05T09:00:00Z"),
                AssessmentDeleted.class.getName(), revision, payload, "{}".getBytes(StandardCharsets.UTF_8));
    }
}
