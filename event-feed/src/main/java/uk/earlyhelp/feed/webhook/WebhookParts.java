package uk.earlyhelp.feed.webhook;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import uk.earlyhelp.feed.client.IntegratorClients;
import uk.earlyhelp.feed.cloudevent.CloudEventMapping;

/** What every client's webhook worker uses, and one lock per client guarding its parked deliveries' order. */
record WebhookParts(EventStore store, TokenStore tokens, TransactionManager transactions, IntegratorClients clients,
                    Webhooks webhooks, CloudEventMapping mapping, WebhookSender sender, WebhookProperties properties,
                    Map<String, Object> locks) {

    WebhookParts {
        locks = locks == null ? new ConcurrentHashMap<>() : locks;
    }

    Object lockOf(String clientId) {
        return locks.computeIfAbsent(clientId, id -> new Object());
    }
}
