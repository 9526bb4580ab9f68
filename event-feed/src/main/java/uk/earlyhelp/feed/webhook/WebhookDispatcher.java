package uk.earlyhelp.feed.webhook;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.SmartLifecycle;
import uk.earlyhelp.feed.client.IntegratorClient;

/**
 * Starts a webhook worker for every client with an endpoint when the portal starts (last, after Axon), and for a new
 * one when it is registered; stops them when the portal stops (each at its next wait, without interrupting I/O).
 * Also the administrators' retry of parked deliveries.
 */
public class WebhookDispatcher implements SmartLifecycle {

    private final WebhookParts parts;
    private final Map<String, WebhookWorker> workers = new ConcurrentHashMap<>();
    private volatile boolean running;

    WebhookDispatcher(WebhookParts parts) {
        this.parts = parts;
    }

    /** Sets the client's endpoint (a new secret, returned once) and delivers its events from now on. */
    public Webhook register(IntegratorClient client, URI url) {
        Webhook webhook = parts.transactions().fetchInTransaction(() -> {
            if (parts.tokens().fetchSegments(WebhookWorker.processorName(client.id())).length == 0) {
                parts.tokens().initializeTokenSegments(WebhookWorker.processorName(client.id()), 1,
                        parts.store().createHeadToken());
            }
            return parts.webhooks().register(client.id(), url);
        });
        if (running) {
            startWorker(client.id());
        }
        return webhook;
    }

    /**
     * Delivers the client's parked deliveries of one subject, oldest first, one attempt each, stopping at the first
     * that fails again (it stays parked, with the later ones behind it).
     *
     * @return how many were delivered
     */
    public int retry(String clientId, String subject) throws InterruptedException {
        Webhook webhook = parts.webhooks().find(clientId).orElseThrow();
        int delivered = 0;
        synchronized (parts.lockOf(clientId)) {
            List<ParkedDelivery> waiting = parts.webhooks().parked(clientId).stream()
                    .filter(parked -> parked.subject().equals(subject)).toList();
            for (ParkedDelivery parked : waiting) {
                Optional<String> failure = parts.sender().send(webhook, parked.eventId(), parked.body());
                if (failure.isPresent()) {
                    parts.webhooks().failedAgain(parked.id(), parked.attempts() + 1, failure.get());
                    return delivered;
                }
                parts.webhooks().delivered(parked.id());
                delivered++;
            }
        }
        return delivered;
    }

    @Override
    public void start() {
        running = true;
        parts.webhooks().all().forEach(webhook -> startWorker(webhook.clientId()));
    }

    @Override
    public void stop() {
        running = false;
        workers.values().forEach(WebhookWorker::stop);
        workers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void startWorker(String clientId) {
        workers.computeIfAbsent(clientId, id -> {
            WebhookWorker worker = new WebhookWorker(id, parts);
            Thread thread = new Thread(worker, "webhook-" + id);
            thread.setDaemon(true);
            thread.start();
            return worker;
        });
    }
}
