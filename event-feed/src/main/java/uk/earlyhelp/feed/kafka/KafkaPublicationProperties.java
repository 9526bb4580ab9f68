package uk.earlyhelp.feed.kafka;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Events on Kafka (docs/integrators.md, "Kafka"). Publication is on only when {@code bootstrapServers} is set
 * ({@code EHP_KAFKA_BOOTSTRAP_SERVERS}).
 *
 * @param bootstrapServers the brokers, {@code host:port,host:port}
 * @param topic            the topic every event goes to; created by the platform team (partitions, retention)
 * @param mode             CloudEvents' Kafka binding: {@code binary} (attributes in {@code ce_*} headers, the data as
 *                         the value) or {@code structured} (the whole event as {@code application/cloudevents+json})
 * @param redacted         personal data replaced as for a redacted feed client; off only for a topic whose readers
 *                         may all see children's personal data
 * @param requestTimeout   how long one request may wait for the broker's answer
 * @param deliveryTimeout  how long a record may take from send to acknowledgement, retries included; then the
 *                         processor's batch fails and is handled again from its token
 * @param maxBlock         how long a send may wait for the topic's metadata or buffer space
 * @param producer         further producer settings (TLS, SASL, client.id); cannot override the delivery guarantees
 */
@ConfigurationProperties("ehp.kafka")
public record KafkaPublicationProperties(String bootstrapServers,
                                         @DefaultValue("early-help-portal.events") String topic,
                                         @DefaultValue("binary") Mode mode,
                                         @DefaultValue("true") boolean redacted,
                                         @DefaultValue("5s") Duration requestTimeout,
                                         @DefaultValue("8s") Duration deliveryTimeout,
                                         @DefaultValue("5s") Duration maxBlock,
                                         Map<String, String> producer) {

    /** CloudEvents' two Kafka content modes. */
    public enum Mode { BINARY, STRUCTURED }

    public KafkaPublicationProperties {
        producer = producer == null ? Map.of() : Map.copyOf(producer);
        if (bootstrapServers == null || bootstrapServers.isBlank() || topic.isBlank()) {
            throw new IllegalArgumentException("ehp.kafka: bootstrap-servers and topic must be set");
        }
        if (deliveryTimeout.compareTo(requestTimeout) < 0) {
            throw new IllegalArgumentException("ehp.kafka: delivery-timeout must be at least request-timeout");
        }
    }

    /** The longest a batch waits for its acknowledgements: every record's delivery timeout has run out by then. */
    Duration acknowledgementWait() {
        return deliveryTimeout.plus(maxBlock).plusSeconds(5);
    }
}
