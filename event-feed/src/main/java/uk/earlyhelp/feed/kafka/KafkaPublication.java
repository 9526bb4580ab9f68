package uk.earlyhelp.feed.kafka;

import io.cloudevents.CloudEvent;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import uk.earlyhelp.feed.cloudevent.CloudEventMapping;
import uk.earlyhelp.feed.reading.FeedCursor;

/**
 * Publishes every event the feed publishes to the topic, keyed by its aggregate's id, so that Kafka keeps each
 * assessment's (or child's, or link request's) events in order on one partition. The processor's own per-aggregate
 * sequencing keeps them in order on the way there; the idempotent producer keeps them in order within a batch.
 * <p>
 * A record that cannot even be made (the mapping or serializer fails) is this event's fault: the handler throws and
 * the processing group's dead-letter queue keeps it, with its aggregate's later events behind it. A broker that does
 * not acknowledge is nobody's fault: the batch is retried from its token ({@link PendingSends}).
 */
@ProcessingGroup(KafkaPublication.PROCESSING_GROUP)
public class KafkaPublication implements AutoCloseable {

    public static final String PROCESSING_GROUP = "kafka-publication";

    private final Producer<String, CloudEvent> producer;
    private final CloudEventMapping mapping;
    private final KafkaPublicationProperties properties;
    private final AtomicLong failedBatches = new AtomicLong();

    public KafkaPublication(Producer<String, CloudEvent> producer, CloudEventMapping mapping,
                            KafkaPublicationProperties properties) {
        this.producer = producer;
        this.mapping = mapping;
        this.properties = properties;
    }

    @EventHandler
    void publish(Object payload, EventMessage<?> event, TrackingToken token) {
        PendingSends pending = PendingSends.ofCurrentBatch(properties.acknowledgementWait(),
                failedBatches::incrementAndGet);
        if (pending.failed()) {
            return;
        }
        mapping.map(event, properties.redacted(), cursor(token)).ifPresent(cloudEvent -> {
            String key = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier()
                    : cloudEvent.getSubject();
            pending.add(producer.send(new ProducerRecord<>(properties.topic(), key, cloudEvent), pending.track()));
        });
    }

    /** Batches the broker did not acknowledge in time since start-up (each handled again): a metric to alert on. */
    public long failedBatches() {
        return failedBatches.get();
    }

    /** The feed's cursor just after this event, so a consumer can go on from the feed; null if the token is not one. */
    private static String cursor(TrackingToken token) {
        TrackingToken position = token == null ? null : WrappedToken.unwrapLowerBound(token);
        return position instanceof GapAwareTrackingToken gapAware ? FeedCursor.encode(gapAware) : null;
    }

    /**
     * Called as the portal stops, after Axon's processors have: records still in flight get up to the request
     * timeout to be acknowledged; any that are not were never counted as sent, and are sent again after the restart.
     */
    @Override
    public void close() {
        producer.close(properties.requestTimeout());
    }
}
