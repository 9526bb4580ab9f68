package uk.earlyhelp.portal.eventstore;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.earlyhelp.assessment.api.AssessmentDeletedUpcaster;
import uk.earlyhelp.assessment.api.MosaicDeliveryFailedUpcaster;

/**
 * The domain's upcasters, which turn stored events of an older revision into the current one as they are read. Axon's
 * Spring Boot configuration puts every {@link EventUpcaster} bean into the chain the event store reads through (the
 * domain has no Spring to declare them itself). Each event processor and each aggregate load reads through it.
 */
@Configuration(proxyBeanMethods = false)
class EventUpcasters {

    @Bean
    EventUpcaster mosaicDeliveryFailedUpcaster() {
        return new MosaicDeliveryFailedUpcaster();
    }

    @Bean
    EventUpcaster assessmentDeletedUpcaster() {
        return new AssessmentDeletedUpcaster();
    }
}
