package uk.earlyhelp.portal.readmodel;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each processing group's queue itself is switched on in application.yml
 * ({@code axon.eventhandling.processors.<group>.dlq.enabled}); here, what every queue does: keep each failure
 * ({@link KeepEveryFailure}), remember each batch that could not commit ({@link FailedBatches}), and for a read model, empty its queue when it is reset, as the replay that follows
 * handles every event again, those in the queue included.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterQueuesConfiguration {

    @Bean
    ConfigurerModule keepEveryFailedEvent(ReadModelGroups readModels, FailedBatches failedBatches) {
        return configurer -> {
            configurer.eventProcessing().registerDefaultDeadLetterPolicy(configuration -> new KeepEveryFailure());
            configurer.eventProcessing().registerDefaultHandlerInterceptor(
                    (configuration, processor) -> failedBatches.watching(processor));
            for (String group : readModels.names()) {
                configurer.eventProcessing().registerDeadLetteringEventHandlerInvokerConfiguration(group,
                        (configuration, builder) -> builder.allowReset(true));
            }
        };
    }
}
