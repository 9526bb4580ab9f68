package uk.earlyhelp.feed.api;

import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.earlyhelp.feed.client.ApiCalls;
import uk.earlyhelp.feed.client.IntegratorClients;
import uk.earlyhelp.feed.client.IntegratorProperties;
import uk.earlyhelp.feed.cloudevent.CloudEventMapping;
import uk.earlyhelp.feed.reading.EventFeed;
import uk.earlyhelp.feed.stream.EventStreams;

/**
 * The integrators' beans. The API's filters ({@link RateLimit}, {@link CallRecording}, {@link BearerTokens#filter()})
 * are deliberately not beans: Spring Boot would put a filter bean in front of every URL; the portal's security
 * configuration puts them in the API's filter chain only.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntegratorProperties.class)
public class IntegratorConfiguration {

    @Bean
    IntegratorClients integratorClients(DataSource dataSource, Clock clock, IntegratorProperties properties) {
        return new IntegratorClients(dataSource, clock, properties);
    }

    @Bean
    ApiCalls integratorApiCalls(DataSource dataSource, Clock clock) {
        return new ApiCalls(dataSource, clock);
    }

    @Bean
    EventFeed eventFeed(EventStorageEngine storage) {
        return new EventFeed(storage);
    }

    @Bean
    CloudEventMapping cloudEventMapping(IntegratorProperties properties) {
        return new CloudEventMapping(properties.source());
    }

    @Bean
    EventStreams eventStreams(EventStore store, IntegratorClients clients, CloudEventMapping mapping,
                              IntegratorProperties properties) {
        return new EventStreams(store, clients, mapping, properties);
    }

    @Bean
    BearerTokens bearerTokens(IntegratorClients clients) {
        return new BearerTokens(clients);
    }
}
