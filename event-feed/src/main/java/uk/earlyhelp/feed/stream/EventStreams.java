package uk.earlyhelp.feed.stream;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.earlyhelp.feed.client.IntegratorClient;
import uk.earlyhelp.feed.client.IntegratorClients;
import uk.earlyhelp.feed.client.IntegratorProperties;
import uk.earlyhelp.feed.cloudevent.CloudEventMapping;

/**
 * Live streams: each is an Axon event stream ({@link EventStore#openStream}) tailing the store from the client's
 * cursor, on a thread of its own from a bounded pool, so that a slow client holds up nobody else and a crowd of them
 * cannot take every thread of the portal. Axon's embedded store wakes its streams as soon as this portal commits an
 * event, and polls the database for other portals' events once a second.
 */
public class EventStreams implements DisposableBean {

    private final EventStore store;
    private final IntegratorClients clients;
    private final CloudEventMapping mapping;
    private final IntegratorProperties properties;
    private final ThreadPoolExecutor threads;
    private final Set<StreamSender> senders = ConcurrentHashMap.newKeySet();

    public EventStreams(EventStore store, IntegratorClients clients, CloudEventMapping mapping,
                        IntegratorProperties properties) {
        this.store = store;
        this.clients = clients;
        this.mapping = mapping;
        this.properties = properties;
        AtomicInteger count = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(0, properties.maxStreams(), 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "event-stream-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * @param after null to stream from the first event
     * @throws StreamsFull when {@code max-streams} are open already
     */
    public SseEmitter open(IntegratorClient client, GapAwareTrackingToken after) {
        SseEmitter emitter = new SseEmitter(properties.streamMaxDuration().toMillis());
        BlockingStream<TrackedEventMessage<?>> events = store.openStream(after);
        StreamSender sender = new StreamSender(events, emitter, client, mapping, properties.streamHeartbeat(),
                () -> clients.find(client.id()).filter(found -> !found.revoked()).isPresent());
        senders.add(sender);
        emitter.onCompletion(() -> {
            sender.stop();
            senders.remove(sender);
        });
        emitter.onTimeout(sender::stop);
        emitter.onError(problem -> sender.stop());
        try {
            threads.execute(sender);
        } catch (RejectedExecutionException full) {
            events.close();
            throw new StreamsFull();
        }
        return emitter;
    }

    /**
     * Each stream ends at its next wait (at most a heartbeat). No interrupt: a thread interrupted inside H2's file I/O
     * closes the database file under everyone else.
     */
    @Override
    public void destroy() {
        senders.forEach(StreamSender::stop);
        threads.shutdown();
    }

    /** Every stream's thread is taken: 503 with Retry-After; the feed still answers. */
    public static class StreamsFull extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StreamsFull() {
            super("too many live streams open; read the feed, or try again later", null, false, false);
        }
    }
}
