package uk.earlyhelp.feed.kafka;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.CloudEventSerializer;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/** The portal's one producer: idempotent, acknowledged by every in-sync replica, with bounded waits. */
public final class KafkaProducers {

    private KafkaProducers() {
    }

    /** A producer that connects lazily: a broker that is down at start-up does not stop the portal starting. */
    public static Producer<String, CloudEvent> create(KafkaPublicationProperties properties) {
        return new KafkaProducer<>(settings(properties));
    }

    static Map<String, Object> settings(KafkaPublicationProperties properties) {
        Map<String, Object> settings = new HashMap<>(properties.producer());
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers());
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName());
        settings.put(CloudEventSerializer.ENCODING_CONFIG, properties.mode() == KafkaPublicationProperties.Mode.BINARY
                ? Encoding.BINARY.name() : Encoding.STRUCTURED.name());
        settings.put(CloudEventSerializer.EVENT_FORMAT_CONFIG, JsonFormat.CONTENT_TYPE);
        // The guarantees (ADR 0020) come last, so that no extra setting can weaken them: no duplicate or reordered
        // record from the producer's own retries, each record on every in-sync replica before it counts as sent.
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) properties.requestTimeout().toMillis());
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) properties.deliveryTimeout().toMillis());
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, properties.maxBlock().toMillis());
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return settings;
    }
}
