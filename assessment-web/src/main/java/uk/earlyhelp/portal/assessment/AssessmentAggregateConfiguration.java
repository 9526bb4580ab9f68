package uk.earlyhelp.portal.assessment;

import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
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
 * <p>
 * Not with several nodes ({@code portal.event-store.cache-aggregates=false}, the postgres profile): a node's copy
 * misses the other nodes' saves, and a save that puts back what that stale copy already holds would be taken for "no
 * change" and stored nowhere (TwoPortalsOneDatabaseTest). Each command then loads the last snapshot and the events
 * after it (at most the snapshot threshold).
 */
@Configuration(proxyBeanMethods = false)
class AssessmentAggregateConfiguration {

    @Bean
    ConfigurerModule assessmentAggregate(@Qualifier("assessmentSnapshotTrigger") SnapshotTriggerDefinition snapshotTrigger,
                                         @Value("${portal.event-store.cache-aggregates:true}") boolean cached) {
        AggregateConfigurer<Assessment> assessment = AggregateConfigurer.defaultConfiguration(Assessment.class)
                .configureSnapshotTrigger(configuration -> snapshotTrigger);
        if (cached) {
            assessment.configureCache(configuration -> new WeakReferenceCache());
        }
        return configurer -> configurer.configureAggregate(assessment);
    }
}
