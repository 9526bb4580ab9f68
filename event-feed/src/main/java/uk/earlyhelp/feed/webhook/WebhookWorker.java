package uk.earlyhelp.feed.webhook;

import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.earlyhelp.feed.client.IntegratorClient;
import uk.earlyhelp.feed.client.IntegratorClients;
import uk.earlyhelp.feed.cloudevent.CloudEventMapping;
import uk.earlyhelp.feed.cloudevent.PublishedTypes;
import uk.earlyhelp.feed.reading.FeedCursor;

/**
 * One client's webhook deliveries, on a thread of its own: it tails the store with Axon's {@link EventStore#openStream}
 * from a tracking token kept in Axon's {@link TokenStore} (claimed, so one portal of several delivers), posts each event
 * it may read, waits and retries on failure, parks after the last attempt, then moves its token on. A failing client
 * waits alone. An event whose subject has a parked delivery is parked behind it, so each subject stays in order.
 */
final class WebhookWorker implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookWorker.class);
    private static final Duration IDLE = Duration.ofSeconds(1);

    private final String clientId;
    private final String processor;
    private final WebhookParts parts;
    private volatile boolean running = true;

    WebhookWorker(String clientId, WebhookParts parts) {
        this.clientId = clientId;
        this.processor = processorName(clientId);
        this.parts = parts;
    }

    static String processorName(String clientId) {
        return "webhook:" + clientId;
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        while (running && !Thread.currentThread().isInterrupted()) {
            try {
                deliverFromTheStoredPosition();
            } catch (UnableToClaimTokenException anotherPortalDelivers) {
                pauseQuietly(Duration.ofSeconds(5));
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException unexpected) {
                LOG.warn("Webhook deliveries of client {} stopped ({}); starting again", clientId,
                        unexpected.getClass().getSimpleName(), unexpected);
                pauseQuietly(Duration.ofSeconds(5));
            }
        }
    }

    private void deliverFromTheStoredPosition() throws InterruptedException {
        TransactionManager transactions = parts.transactions();
        TokenStore tokens = parts.tokens();
        TrackingToken token = transactions.fetchInTransaction(() -> tokens.fetchToken(processor, 0));
        try (BlockingStream<TrackedEventMessage<?>> events = parts.store().openStream(token)) {
            while (running) {
                if (!events.hasNextAvailable((int) IDLE.toMillis(), TimeUnit.MILLISECONDS)) {
                    transactions.executeInTransaction(() -> tokens.extendClaim(processor, 0));
                    running = running && stillSubscribed();
                    continue;
                }
                TrackedEventMessage<?> event = events.nextAvailable();
                if (!deliver(event)) {
                    return;
                }
                transactions.executeInTransaction(() -> tokens.storeToken(event.trackingToken(), processor, 0));
            }
        } finally {
            transactions.executeInTransaction(() -> tokens.releaseClaim(processor, 0));
        }
    }

    private boolean stillSubscribed() {
        return parts.clients().find(clientId).filter(found -> !found.revoked()).isPresent()
                && parts.webhooks().find(clientId).isPresent();
    }

    /** False when the client or its webhook is gone: this worker ends. */
    private boolean deliver(TrackedEventMessage<?> event) throws InterruptedException {
        Optional<IntegratorClient> client = parts.clients().find(clientId).filter(found -> !found.revoked());
        Optional<Webhook> webhook = parts.webhooks().find(clientId);
        if (client.isEmpty() || webhook.isEmpty()) {
            running = false;
            return false;
        }
        boolean readable = PublishedTypes.ofPayload(event.getPayloadType()).filter(client.get()::mayRead).isPresent();
        Optional<CloudEvent> cloudEvent = readable ? parts.mapping().map(event, client.get().redacted(),
                FeedCursor.encode((GapAwareTrackingToken) event.trackingToken())) : Optional.empty();
        if (cloudEvent.isPresent()) {
            deliver(webhook.get(), cloudEvent.get());
        }
        return true;
    }

    private void deliver(Webhook webhook, CloudEvent event) throws InterruptedException {
        String body = CloudEventMapping.structuredJson(event);
        synchronized (parts.lockOf(clientId)) {
            if (parts.webhooks().hasParked(clientId, event.getSubject())) {
                parts.webhooks().park(clientId, event.getSubject(), event.getId(), body, 0,
                        "Waiting behind an earlier parked delivery of the same subject");
                return;
            }
        }
        String error = null;
        for (int attempt = 1; attempt <= parts.properties().maxAttempts() && running; attempt++) {
            Optional<String> failure = parts.sender().send(webhook, event.getId(), body);
            if (failure.isEmpty()) {
                return;
            }
            error = failure.get();
            if (attempt < parts.properties().maxAttempts()) {
                pause(parts.properties().waitAfter(attempt, ThreadLocalRandom.current().nextDouble()));
            }
        }
        if (!running) {
            // The portal is stopping: the token stays before this event, which the next start delivers.
            throw new InterruptedException("stopping");
        }
        synchronized (parts.lockOf(clientId)) {
            parts.webhooks().park(clientId, event.getSubject(), event.getId(), body,
                    parts.properties().maxAttempts(), error);
        }
    }

    /** Waits, keeping this portal's claim on the token meanwhile. */
    private void pause(Duration wait) throws InterruptedException {
        long until = System.nanoTime() + wait.toNanos();
        while (running && System.nanoTime() < until) {
            Thread.sleep(Math.min(IDLE.toMillis(), Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            parts.transactions().executeInTransaction(() -> parts.tokens().extendClaim(processor, 0));
            running = running && stillSubscribed();
        }
    }

    private void pauseQuietly(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
