package uk.earlyhelp.feed.cloudevent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;

/**
 * The anti-corruption layer between the portal's events and integrators: one stored event as a CloudEvent 1.0. The
 * payload is the event in its current revision (the event store upcasts older ones as it reads), as JSON.
 */
public final class CloudEventMapping {

    /** The extension attribute carrying the feed's cursor just after this event (docs/integrators.md). */
    public static final String CURSOR_EXTENSION = "cursor";
    static final String JSON = "application/json";

    private static final EventFormat STRUCTURED = EventFormatProvider.getInstance()
            .resolveFormat(JsonFormat.CONTENT_TYPE);
    private final ObjectMapper json = new ObjectMapper();
    private final String source;

    /** @param source the CloudEvents {@code source} prefix, e.g. {@code /early-help-portal}; the group is appended */
    public CloudEventMapping(String source) {
        this.source = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
    }

    /** Empty for an event that is not published (not in {@link PublishedTypes}). */
    public Optional<CloudEvent> map(EventMessage<?> event, boolean redacted, String cursor) {
        return PublishedTypes.ofPayload(event.getPayloadType()).map(type -> toCloudEvent(event, type, redacted, cursor));
    }

    /** One event in CloudEvents' structured JSON mode ({@code application/cloudevents+json}). */
    public static String structuredJson(CloudEvent event) {
        return new String(STRUCTURED.serialize(event), StandardCharsets.UTF_8);
    }

    private CloudEvent toCloudEvent(EventMessage<?> event, PublishedType type, boolean redacted, String cursor) {
        ObjectNode data = json.valueToTree(event.getPayload());
        if (redacted) {
            Redaction.redact(data, type.keptWhenRedacted());
        }
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.getIdentifier())
                .withSource(URI.create(source + "/" + type.group().code()))
                .withType(type.type())
                .withSubject(type.subject(event.getPayload()))
                .withTime(event.getTimestamp().atOffset(ZoneOffset.UTC))
                .withDataContentType(JSON)
                .withData(JSON, JsonCloudEventData.wrap(data));
        if (cursor != null) {
            builder.withExtension(CURSOR_EXTENSION, cursor);
        }
        return builder.build();
    }
}
