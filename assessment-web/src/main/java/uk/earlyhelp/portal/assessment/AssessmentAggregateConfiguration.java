package uk.earlyhelp.portal.assessment;

import org.axonframework.common.caching.WeakReferenceCache;
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
 * <p>
 * Commands find the assessment in a cache of live aggregates (weak references: the garbage collector empties it under
 * memory pressure), so a save replays nothing: it checks, appends and commits. Safe because every command on an
 * assessment holds its lock (ADR 0015); a save that lost a race with another portal is rolled back, which evicts the
 * cached instance, and retried on a fresh load.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentAggregateConfiguration {

    @Bean
    ConfigurerModule assessmentAggregate(@Qualifier("assessmentSnapshotTrigger") SnapshotTriggerDefinition snapshotTrigger) {
        return configurer -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(Assessment.class)
                        .configureSnapshotTrigger(configuration -> snapshotTrigger)
                        .configureCache(configuration -> new WeakReferenceCache()));
    }
}
