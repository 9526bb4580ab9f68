package uk.earlyhelp.portal.integrator.kafka;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.earlyhelp.feed.cloudevent.CloudEventMapping;
import uk.earlyhelp.feed.kafka.KafkaProducers;
import uk.earlyhelp.feed.kafka.KafkaPublication;
import uk.earlyhelp.feed.kafka.KafkaPublicationProperties;

/**
 * Events on Kafka, only when {@code ehp.kafka.bootstrap-servers} ({@code EHP_KAFKA_BOOTSTRAP_SERVERS}) is set: the
 * producer and the {@code kafka-publication} processing group. Without it the portal has neither, and no Kafka
 * connection is ever attempted.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "ehp.kafka", name = "bootstrap-servers")
@EnableConfigurationProperties(KafkaPublicationProperties.class)
public class EventsOnKafkaConfiguration {

    /** Its producer connects lazily: a broker down at start-up does not stop the portal starting. */
    @Bean
    KafkaPublication kafkaPublication(KafkaPublicationProperties properties, CloudEventMapping mapping) {
        return new KafkaPublication(KafkaProducers.create(properties), mapping, properties);
    }

    /** What a platform team alerts on: batches not acknowledged in time (the topic is falling behind). */
    @Bean
    MeterBinder kafkaPublicationMetrics(KafkaPublication publication) {
        return registry -> FunctionCounter.builder("ehp.kafka.failed.batches", publication,
                        KafkaPublication::failedBatches)
                .description("Batches of events Kafka did not acknowledge in time; each is sent again").register(registry);
    }
}
