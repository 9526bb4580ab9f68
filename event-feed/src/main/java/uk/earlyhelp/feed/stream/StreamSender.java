package uk.earlyhelp.feed.stream;

import io.cloudevents.CloudEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.earlyhelp.feed.client.IntegratorClient;
import uk.earlyhelp.feed.cloudevent.CloudEventMapping;
import uk.earlyhelp.feed.cloudevent.PublishedTypes;
import uk.earlyhelp.feed.reading.FeedCursor;

/**
 * One client's stream: each event it may read as an SSE event whose {@code id:} is the cursor just after it and whose
 * data is the CloudEvent in structured JSON mode; a comment when nothing happened for a while. Ends when the client
 * goes or is revoked, the stream times out, or the portal stops.
 */
final class StreamSender implements Runnable {

    private final BlockingStream<TrackedEventMessage<?>> events;
    private final SseEmitter emitter;
    private final IntegratorClient client;
    private final CloudEventMapping mapping;
    /** How often the stream looks whether its client was revoked meanwhile (then it ends at once). */
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private final Duration heartbeat;
    private final BooleanSupplier stillAllowed;
    private volatile boolean stopped;

    StreamSender(BlockingStream<TrackedEventMessage<?>> events, SseEmitter emitter, IntegratorClient client,
                 CloudEventMapping mapping, Duration heartbeat, BooleanSupplier stillAllowed) {
        this.events = events;
        this.emitter = emitter;
        this.client = client;
        this.mapping = mapping;
        this.heartbeat = heartbeat;
        this.stillAllowed = stillAllowed;
    }

    @Override
    public void run() {
        long quietSince = System.nanoTime();
        try (events) {
            while (!stopped && !Thread.currentThread().isInterrupted() && stillAllowed.getAsBoolean()) {
                if (events.hasNextAvailable((int) CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS)) {
                    send(events.nextAvailable());
                    quietSince = System.nanoTime();
                } else if (System.nanoTime() - quietSince >= heartbeat.toNanos()) {
                    emitter.send(SseEmitter.event().comment("no new events"));
                    quietSince = System.nanoTime();
                }
            }
        } catch (IOException | IllegalStateException clientGone) {
            stopped = true;
        } catch (InterruptedException portalStopping) {
            Thread.currentThread().interrupt();
        } finally {
            emitter.complete();
        }
    }

    void stop() {
        stopped = true;
    }

    private void send(TrackedEventMessage<?> event) throws IOException {
        String cursor = FeedCursor.encode((GapAwareTrackingToken) event.trackingToken());
        boolean readable = PublishedTypes.ofPayload(event.getPayloadType()).filter(client::mayRead).isPresent();
        Optional<CloudEvent> cloudEvent = readable ? mapping.map(event, client.redacted(), cursor) : Optional.empty();
        if (cloudEvent.isPresent()) {
            emitter.send(SseEmitter.event().id(cursor)
                    .data(CloudEventMapping.structuredJson(cloudEvent.get())));
        }
    }
}
