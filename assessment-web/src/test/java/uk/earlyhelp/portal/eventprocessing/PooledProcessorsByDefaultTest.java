package uk.earlyhelp.portal.eventprocessing;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

class PooledProcessorsByDefaultTest {

    static class SomeProjection {
        @EventHandler
        void on(String event) {
        }
    }

    @Test
    void aProcessingGroupWithoutSettingsOfItsOwnGetsAPooledProcessor() {
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine());
        configurer.eventProcessing().registerEventHandler(c -> new SomeProjection());
        new PooledProcessorsByDefault().pooledProcessorsByDefaultModule(new EventProcessingProperties(100))
                .configureModule(configurer);

        Configuration configuration = configurer.buildConfiguration();

        assertThat(configuration.eventProcessingConfiguration().eventProcessors().values())
                .singleElement().isInstanceOf(PooledStreamingEventProcessor.class);
    }
}
