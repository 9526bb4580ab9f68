package uk.earlyhelp.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.assessment.api.AccountIdUpcasters;
import uk.earlyhelp.assessment.api.AccountIdsByEmail;
import uk.earlyhelp.assessment.api.ActingUser;
import uk.earlyhelp.assessment.api.AssessmentDeleted;
import uk.earlyhelp.assessment.api.AssessmentFinished;
import uk.earlyhelp.assessment.api.AssessmentStarted;
import uk.earlyhelp.assessment.api.SectionSaved;

/**
 * Events stored while people were named by email address are read, through the same chain the event store uses, as
 * naming them by account id: the author of a revision-1 start, and the acting user in any event's metadata.
 */
class AccountIdUpcastersTest {

    private static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();
    private static final AccountIdsByEmail ACCOUNTS = email -> Optional.ofNullable(Map.of(
            "practitioner@example.org", "0b8e1f52-0000-4000-8000-000000000001").get(email));

    @Test
    void aRevision1StartByAnAddressIsReadAsStartedByTheAccount() {
        DomainEventMessage<?> read = read(entry(AssessmentStarted.class.getName(), "1",
                "{\"assessmentId\":\"a-1\",\"formId\":\"f\",\"formVersion\":1,\"authorId\":\"Practitioner@example.org\"}",
                "{\"userId\":\"practitioner@example.org\",\"correlationId\":\"c\"}"));

        assertThat(read.getPayload()).isEqualTo(new AssessmentStarted("a-1", "f", 1, "0b8e1f52-0000-4000-8000-000000000001"));
        assertThat(read.getMetaData()).containsEntry(ActingUser.METADATA_KEY, "0b8e1f52-0000-4000-8000-000000000001")
                .containsEntry("correlationId", "c");
    }

    @Test
    void aRevision1FinishOrDeleteByAnAddressIsReadAsByTheAccount() {
        assertThat(read(entry(AssessmentFinished.class.getName(), "1",
                "{\"assessmentId\":\"a-1\",\"finishedBy\":\"practitioner@example.org\"}", "{}")).getPayload())
                .isEqualTo(new AssessmentFinished("a-1", "0b8e1f52-0000-4000-8000-000000000001"));
        assertThat(read(entry(AssessmentDeleted.class.getName(), "1",
                "{\"assessmentId\":\"a-1\",\"deletedBy\":\"practitioner@example.org\"}", "{}")).getPayload())
                .isEqualTo(new AssessmentDeleted("a-1", "0b8e1f52-0000-4000-8000-000000000001"));
    }

    @Test
    void anAddressNoAccountHoldsIsReadAsAnUnknownAccountNeverAsTheAddress() {
        DomainEventMessage<?> read = read(entry(AssessmentStarted.class.getName(), "1",
                "{\"assessmentId\":\"a-1\",\"formId\":\"f\",\"formVersion\":1,\"authorId\":\"gone@example.org\"}",
                "{\"userId\":\"gone@example.org\"}"));

        assertThat(((AssessmentStarted) read.getPayload()).authorId()).isEqualTo(AccountIdsByEmail.UNKNOWN_ACCOUNT);
        assertThat(read.getMetaData()).containsEntry(ActingUser.METADATA_KEY, AccountIdsByEmail.UNKNOWN_ACCOUNT);
    }

    @Test
    void anyEventsActingUserMetadataIsPutRightAndAnAccountIdOrSystemActorIsLeftAlone() {
        String saved = "{\"assessmentId\":\"a-1\",\"sectionId\":\"s\",\"answers\":{}}";
        assertThat(read(entry(SectionSaved.class.getName(), "1", saved, "{\"userId\":\"practitioner@example.org\"}"))
                .getMetaData()).containsEntry(ActingUser.METADATA_KEY, "0b8e1f52-0000-4000-8000-000000000001");
        assertThat(read(entry(SectionSaved.class.getName(), "1", saved, "{\"userId\":\"mosaic-projector\"}"))
                .getMetaData()).containsEntry(ActingUser.METADATA_KEY, "mosaic-projector");
    }

    @Test
    void aRevision2StartIsReadAsItWasWritten() {
        AssessmentStarted started = new AssessmentStarted("a-1", "f", 1, "0b8e1f52-0000-4000-8000-000000000002");
        var written = SERIALIZER.serialize(started, byte[].class);
        assertThat(written.getType().getRevision()).isEqualTo("2");

        assertThat(read(entry(AssessmentStarted.class.getName(), "2", new String(written.getData(), StandardCharsets.UTF_8),
                "{\"userId\":\"0b8e1f52-0000-4000-8000-000000000002\"}")).getPayload()).isEqualTo(started);
    }

    private static DomainEventMessage<?> read(DomainEventData<byte[]> entry) {
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), SERIALIZER,
                new EventUpcasterChain(AccountIdUpcasters.all(ACCOUNTS))).asStream().findFirst().orElseThrow();
    }

    private static DomainEventData<byte[]> entry(String type, String revision, String payload, String metaData) {
        return new GenericDomainEventEntry<>("Assessment", "a-1", 0, "event-1", Instant.parse("2026-01-05T09:00:00Z"),
                type, revision, payload.getBytes(StandardCharsets.UTF_8), metaData.getBytes(StandardCharsets.UTF_8));
    }
}
