package uk.earlyhelp.portal.personaldata;

import java.time.Clock;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replaces the event storage engine of Axon's JPA auto-configuration with the sealing one, built with the same parts
 * Axon's own bean uses (its serializers, upcasters, snapshot filter, exception resolver and transactions).
 */
@Configuration(proxyBeanMethods = false)
// Axon's JPA auto-configuration, which this bean switches off, is what registered the event store's entities.
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
@EnableConfigurationProperties(PersonalDataProperties.class)
class PersonalDataConfiguration {

    @Bean
    PersonalDataKeys personalDataKeys(JdbcTemplate jdbc, PersonalDataProperties properties, Clock clock) {
        return new PersonalDataKeys(jdbc, MasterKey.from(properties), properties, clock);
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver exceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration axon,
                                          EntityManagerProvider entityManagerProvider,
                                          TransactionManager transactionManager, PersonalDataKeys keys,
                                          PersonalDataProperties properties) {
        JpaEventStorageEngine.Builder builder = JpaEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(exceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .entityManagerProvider(entityManagerProvider)
                .transactionManager(transactionManager);
        return new SealingEventStorageEngine(builder, keys, properties);
    }
}
