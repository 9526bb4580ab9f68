package uk.earlyhelp.portal.assessment;

import java.util.function.Supplier;
import org.axonframework.common.lock.NullLockFactory;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.earlyhelp.assessment.Assessment;
import uk.earlyhelp.assessment.AssessmentLookup;

/**
 * Makes {@code FetchAssessment} answerable: Axon finds the lookup's query handler on this bean.
 * <p>
 * The lookup reads through a repository of its own that takes no aggregate lock: Axon's command repository would make
 * a page wait for every save queued on that assessment while its query held a database connection (ADR 0015). A read
 * needs no lock: each load builds a fresh instance from the last snapshot and the committed events after it, and the
 * instance is never changed or shared. It has no cache and triggers no snapshot.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentLookupConfiguration {

    @Bean
    AssessmentLookup assessmentLookup(ObjectProvider<org.axonframework.config.Configuration> axon,
                                      ObjectProvider<EventStore> eventStore, AggregateFactory<Assessment> assessmentFactory) {
        return new AssessmentLookup(once(() -> EventSourcingRepository.builder(Assessment.class)
                .eventStore(eventStore.getObject())
                .aggregateFactory(assessmentFactory)
                .lockFactory(NullLockFactory.INSTANCE)
                .parameterResolverFactory(axon.getObject().parameterResolverFactory())
                .handlerDefinition(axon.getObject().handlerDefinition(Assessment.class))
                .build()));
    }

    /** The repository can only be built once Axon's configuration exists; built on the first query, then kept. */
    private static Supplier<Repository<Assessment>> once(Supplier<Repository<Assessment>> build) {
        return new Supplier<>() {
            private volatile Repository<Assessment> built;

            @Override
            public Repository<Assessment> get() {
                Repository<Assessment> repository = built;
                if (repository == null) {
                    built = repository = build.get();
                }
                return repository;
            }
        };
    }
}
