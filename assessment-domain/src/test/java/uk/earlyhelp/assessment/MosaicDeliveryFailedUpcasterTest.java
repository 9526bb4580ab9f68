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
import uk.earlyhelp.assessment.api.MosaicDeliveryFailed;
import uk.earlyhelp.assessment.api.MosaicDeliveryFailedUpcaster;

/**
 * Stored events of revision 1 still load: read the way the event store reads them (stored bytes, the upcaster chain,
 * the Jackson serializer), they come back as revision 2, retrying. Revision 2 passes through untouched.
 */
class MosaicDeliveryFailedUpcasterTest {

    private static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();
    private static final String TYPE = MosaicDeliveryFailed.class.getName();

    @Test
    void aRevision1FailureIsReadAsRetrying() {
        String stored = "{\"assessmentId\":\"a-1\",\"reason\":\"Mosaic answered HTTP 503 (attempt 1; retrying automatically)\"}";

        assertThat(read(entry("1", stored.getBytes(StandardCharsets.UTF_8)))).containsExactly(new MosaicDeliveryFailed(
                "a-1", "Mosaic answered HTTP 503 (attempt 1; retrying automatically)", true));
    }

    @Test
    void aRevision1FailureThatParkedTheDeliveryIsStillReadAsRetrying() {
        // Its reason says "parked", but nobody was told then: "support notified" would not be true (ADR 0011).
        String stored = "{\"assessmentId\":\"a-1\",\"reason\":\"HTTP 400 (attempt 1; parked for an administrator)\"}";

        assertThat(read(entry("1", stored.getBytes(StandardCharsets.UTF_8))))
                .extracting(MosaicDeliveryFailed::retrying).containsExactly(true);
    }

    @Test
    void aRevision2FailureIsReadAsItWasWritten() {
        MosaicDeliveryFailed parked = new MosaicDeliveryFailed("a-1", "HTTP 400 (REJECTED)", false);
        SerializedObject<byte[]> written = SERIALIZER.serialize(parked, byte[].class);
        assertThat(written.getType().getRevision()).isEqualTo("2");

        assertThat(read(entry("2", written.getData()))).containsExactly(parked);
    }

    private static List<MosaicDeliveryFailed> read(DomainEventData<byte[]> entry) {
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), SERIALIZER,
                        new EventUpcasterChain(new MosaicDeliveryFailedUpcaster()))
                .asStream().map(DomainEventMessage::getPayload).map(MosaicDeliveryFailed.class::cast).toList();
    }

    private static DomainEventData<byte[]> entry(String revision, byte[] payload) {
        return new GenericDomainEventEntry<>("Assessment", "a-1", 12, "event-1", Instant.parse("2026-01-05T09:00:00Z"),
                TYPE, revision, payload, "{}".getBytes(StandardCharsets.UTF_8));
    }
}
