package uk.earlyhelp.feed.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

/** The producer's delivery guarantees hold whatever extra settings an operator adds. */
class KafkaProducersTest {

    @Test
    void extraSettingsPassThroughButCannotWeakenTheGuarantees() {
        Map<String, Object> settings = KafkaProducers.settings(properties(KafkaPublicationProperties.Mode.STRUCTURED,
                Map.of("security.protocol", "SSL", "acks", "1", "enable.idempotence", "false",
                        "max.in.flight.requests.per.connection", "50")));

        assertThat(settings).containsEntry("security.protocol", "SSL")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5)
                .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8000)
                .containsEntry("cloudevents.serializer.encoding", "STRUCTURED");
    }

    @Test
    void aDeliveryTimeoutShorterThanTheRequestTimeoutIsRefused() {
        assertThatThrownBy(() -> new KafkaPublicationProperties("broker:9092", "events",
                KafkaPublicationProperties.Mode.BINARY, true, Duration.ofSeconds(10), Duration.ofSeconds(5),
                Duration.ofSeconds(5), null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static KafkaPublicationProperties properties(KafkaPublicationProperties.Mode mode,
                                                         Map<String, String> extra) {
        return new KafkaPublicationProperties("broker:9092", "events", mode, true, Duration.ofSeconds(5),
                Duration.ofSeconds(8), Duration.ofSeconds(5), extra);
    }
}
