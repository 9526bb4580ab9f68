package uk.earlyhelp.mosaic.delivery;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.earlyhelp.assessment.form.FormDefinitions;

/**
 * Wires the {@code mosaic-delivery} processing group. Its processor settings (pooled, small batches, the dead-letter
 * queue switched on) are in application.yml under {@code axon.eventhandling.processors.mosaic-delivery}; the
 * dead-letter policy that makes retries bounded is registered here. The parked-delivery operations exist even with
 * delivery switched off, so the administrators' page always has something to ask.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
class MosaicDeliveryConfiguration {

    @Bean
    ParkedDeliveries parkedDeliveries(EventProcessingConfiguration processing, TransactionManager transactions,
                                      Clock clock) {
        return new ParkedDeliveries(processing, transactions, clock);
    }

    @Bean
    @ConditionalOnProperty(prefix = "mosaic.delivery", name = "enabled", matchIfMissing = true)
    MosaicDelivery mosaicDelivery(Mosaic mosaic, QueryGateway queries, CommandGateway commands, FormDefinitions forms,
                                  DeliveryProperties properties, Clock clock, ObjectProvider<AssessmentDocuments> documents) {
        return new MosaicDelivery(mosaic, new AssessmentGateway(queries, commands), forms,
                schedule(properties, clock), documents.getIfAvailable());
    }

    @Bean
    @ConditionalOnProperty(prefix = "mosaic.delivery", name = "enabled", matchIfMissing = true)
    ConfigurerModule mosaicDeliveryRetryPolicy(DeliveryProperties properties, Clock clock) {
        return configurer -> configurer.eventProcessing().registerDeadLetterPolicy(MosaicDelivery.PROCESSING_GROUP,
                configuration -> new DeliveryRetryPolicy(schedule(properties, clock)));
    }

    @Bean
    @ConditionalOnProperty(prefix = "mosaic.delivery", name = "enabled", matchIfMissing = true)
    DueRetries mosaicDueRetries(ParkedDeliveries parked, DeliveryProperties properties) {
        return new DueRetries(parked, properties.retry().pollInterval());
    }

    private static RetrySchedule schedule(DeliveryProperties properties, Clock clock) {
        return new RetrySchedule(properties.retry(), clock, () -> ThreadLocalRandom.current().nextDouble());
    }
}
