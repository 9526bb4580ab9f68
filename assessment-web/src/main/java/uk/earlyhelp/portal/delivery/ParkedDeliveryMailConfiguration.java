package uk.earlyhelp.portal.delivery;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code parked-delivery-mail} processor: pooled like every other (PooledProcessorsByDefault), but starting at the
 * head of the event stream when it first runs rather than with a replay of the whole history, as a read model would.
 * An email is news: a parking recorded before this processor existed was not announced then, and a flood of old
 * announcements on the day it is deployed would tell administrators nothing the Parked deliveries page does not.
 */
@Configuration(proxyBeanMethods = false)
class ParkedDeliveryMailConfiguration {

    @Bean
    ConfigurerModule parkedDeliveryMailStartsAtTheHead() {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                ParkedDeliveryMail.PROCESSING_GROUP,
                (configuration, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken));
    }
}
