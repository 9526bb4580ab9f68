package uk.earlyhelp.feed.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import java.util.List;

/** CloudEvents' JSON batch format ({@code application/cloudevents-batch+json}): a JSON array of structured events. */
final class CloudEventBatch {

    static final String MEDIA_TYPE = "application/cloudevents-batch+json";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(JsonFormat.getCloudEventJacksonModule());

    private CloudEventBatch() {
    }

    static byte[] write(List<CloudEvent> events) {
        try {
            return JSON.writeValueAsBytes(events);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a CloudEvent could not be written as JSON", e);
        }
    }
}
