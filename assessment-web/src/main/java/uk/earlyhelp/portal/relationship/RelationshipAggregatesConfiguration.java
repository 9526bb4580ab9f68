package uk.earlyhelp.portal.relationship;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.spring.config.annotation.SpringBeanParameterResolverFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import uk.earlyhelp.portal.eventstore.EventStoreProperties;
import uk.earlyhelp.relationship.Child;
import uk.earlyhelp.relationship.ChildLookup;
import uk.earlyhelp.relationship.ProfessionalRelationships;
import uk.earlyhelp.relationship.ProfessionalRelationshipsLookup;

/**
 * Registers the relationship aggregates with Axon (the domain has no Spring annotations) and makes their lookups
 * answer queries. A child's stream gains an event every time someone opens the record (the audit trail), so child
 * records are snapshotted like assessments: loading one must not replay every view ever made.
 */
@Configuration(proxyBeanMethods = false)
class RelationshipAggregatesConfiguration {

    @Bean
    ConfigurerModule relationshipAggregates(@Lazy Snapshotter snapshotter,
                                            EventStoreProperties properties) {
        EventCountSnapshotTriggerDefinition childSnapshots =
                new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
        return configurer -> configurer
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Child.class)
                        .configureSnapshotTrigger(configuration -> childSnapshots))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(ProfessionalRelationships.class));
    }

    /**
     * How the snapshotter makes an empty child to replay events into: Axon's Spring snapshotter finds aggregate
     * factories among Spring beans only (see AssessmentSnapshots for the same need).
     */
    @Bean
    AggregateFactory<Child> childFactory(ApplicationContext context) {
        return new GenericAggregateFactory<>(AnnotatedAggregateMetaModelFactory.inspectAggregate(Child.class,
                MultiParameterResolverFactory.ordered(ClasspathParameterResolverFactory.forClass(Child.class),
                        new SpringBeanParameterResolverFactory(context))));
    }

    @Bean
    ChildLookup childLookup(ObjectProvider<org.axonframework.config.Configuration> axon) {
        return new ChildLookup(() -> axon.getObject().repository(Child.class));
    }

    @Bean
    ProfessionalRelationshipsLookup professionalRelationshipsLookup(ObjectProvider<org.axonframework.config.Configuration> axon) {
        return new ProfessionalRelationshipsLookup(() -> axon.getObject().repository(ProfessionalRelationships.class));
    }
}
