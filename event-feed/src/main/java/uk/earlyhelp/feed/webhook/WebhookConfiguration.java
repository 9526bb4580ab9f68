package uk.earlyhelp.feed.webhook;

import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.earlyhelp.feed.client.IntegratorClients;
import uk.earlyhelp.feed.cloudevent.CloudEventMapping;

/** The webhooks' beans: the endpoints' table and the dispatcher of each client's worker. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
public class WebhookConfiguration {

    @Bean
    Webhooks webhooks(DataSource dataSource, Clock clock) {
        return new Webhooks(dataSource, clock);
    }

    @Bean
    WebhookDispatcher webhookDispatcher(EventStore store, TokenStore tokens, TransactionManager transactions,
                                        IntegratorClients clients, Webhooks webhooks, CloudEventMapping mapping,
                                        WebhookProperties properties, Clock clock) {
        return new WebhookDispatcher(new WebhookParts(store, tokens, transactions, clients, webhooks, mapping,
                new WebhookSender(properties, clock), properties, null));
    }
}
