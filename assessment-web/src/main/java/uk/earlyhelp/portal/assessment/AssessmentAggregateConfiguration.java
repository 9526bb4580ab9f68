package uk.earlyhelp.portal.assessment;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.earlyhelp.assessment.Assessment;

/**
 * The domain carries no Spring annotations, so the aggregate is registered here rather than found
 * by {@code @Aggregate} scanning. Its command handlers' extra parameters (form definitions, clock)
 * are resolved from Spring beans by Axon's Spring parameter resolver.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentAggregateConfiguration {

    @Bean
    ConfigurerModule assessmentAggregate(@Qualifier("assessmentSnapshotTrigger") SnapshotTriggerDefinition snapshotTrigger) {
        return configurer -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(Assessment.class)
                        .configureSnapshotTrigger(configuration -> snapshotTrigger));
    }
}
