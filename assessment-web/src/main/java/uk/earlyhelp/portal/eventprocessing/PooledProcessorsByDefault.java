package uk.earlyhelp.portal.eventprocessing;

import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes pooled streaming processors, with a large batch, the default for every processing group.
 * <p>
 * Axon's Spring Boot properties have no "defaults" key: a group listed under {@code axon.eventhandling.processors}
 * (for instance to enable its dead-letter queue) is built from that entry alone, whose mode defaults to tracking and
 * batch size to 1, so such an entry must repeat {@code mode: pooled} and {@code batch-size}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventProcessingProperties.class)
class PooledProcessorsByDefault {

    @Bean
    ConfigurerModule pooledProcessorsByDefaultModule(EventProcessingProperties properties) {
        return configurer -> configurer.eventProcessing().usingPooledStreamingEventProcessors(
                (configuration, builder) -> builder.batchSize(properties.batchSize()));
    }
}
