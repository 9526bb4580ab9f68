package uk.earlyhelp.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.assessment.api.AssessmentDeleted;
import uk.earlyhelp.assessment.api.AssessmentDeletedUpcaster;
import uk.earlyhelp.assessment.api.DeletionReason;

/** A deletion stored before the retention schedule (revision 1) reads as its user's own; revision 2 as written. */
class AssessmentDeletedUpcasterTest {

    private static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();

    @Test
    void aRevision1DeletionIsReadAsTheUsersOwn() {
        byte[] stored = "{\"assessmentId\":\"a-1\",\"deletedBy\":\"practitioner@example.org\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(read(entry("1", stored))).containsExactly(
                new AssessmentDeleted("a-1", "practitioner@example.org", DeletionReason.DELETED_BY_USER));
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
                        new EventUpcasterChain(new AssessmentDeletedUpcaster()))
                .asStream().map(DomainEventMessage::getPayload).map(AssessmentDeleted.class::cast).toList();
    }

    private static DomainEventData<byte[]> entry(String revision, byte[] payload) {
        return new GenericDomainEventEntry<>("Assessment", "a-1", 3, "event-1", Instant.parse("2026-01-05T09:00:00Z"),
                AssessmentDeleted.class.getName(), revision, payload, "{}".getBytes(StandardCharsets.UTF_8));
    }
}
