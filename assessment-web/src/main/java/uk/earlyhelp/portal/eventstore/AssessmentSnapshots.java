package uk.earlyhelp.portal.eventstore;

import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.spring.config.annotation.SpringBeanParameterResolverFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import uk.earlyhelp.assessment.Assessment;

/** Snapshots assessments so that loading one does not replay its whole history on every save. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventStoreProperties.class)
class AssessmentSnapshots {

    /**
     * Named by the {@code Assessment} aggregate's configuration. The snapshotter is injected lazily: Axon's snapshotter
     * needs the finished Axon configuration, which in turn needs this trigger to configure the aggregate.
     */
    @Bean
    SnapshotTriggerDefinition assessmentSnapshotTrigger(@Lazy Snapshotter snapshotter, EventStoreProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }

    /**
     * How the snapshotter creates an empty assessment to replay events into. Axon's Spring snapshotter looks for
     * aggregate factories among Spring beans only; the aggregate is registered through Axon's configurer (the domain
     * has no Spring annotations), so without this bean every snapshot would fail with a logged warning and loads
     * would silently replay the whole history.
     */
    @Bean
    AggregateFactory<Assessment> assessmentFactory(ApplicationContext context) {
        // Inspecting the aggregate resolves its handlers' parameters (FormDefinitions, Clock), which only Spring can
        // supply; Axon's classpath default knows nothing of them (tests hid this: axon-test adds a catch-all resolver).
        return new GenericAggregateFactory<>(AnnotatedAggregateMetaModelFactory.inspectAggregate(Assessment.class,
                MultiParameterResolverFactory.ordered(ClasspathParameterResolverFactory.forClass(Assessment.class),
                        new SpringBeanParameterResolverFactory(context))));
    }
}
