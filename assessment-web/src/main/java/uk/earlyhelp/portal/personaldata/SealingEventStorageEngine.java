package uk.earlyhelp.portal.personaldata;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JPA event store, sealing personal data on the way in and opening it on the way out, so the domain, the
 * projections, the auditors' timeline and the integrators' feed all see plain events (or {@code [erased]} values) and
 * none of them knows about keys. Event payloads are sealed string by string (their shape survives erasure); snapshot
 * payloads as one block (an erased aggregate's snapshots are deleted). Metadata (who acted, trace ids) stays clear.
 */
class SealingEventStorageEngine extends JpaEventStorageEngine {

    private static final byte[] SNAPSHOT_MAGIC = {'E', 'H', '1', 0};
    private final PersonalDataKeys keys;
    private final PersonalDataProperties properties;

    SealingEventStorageEngine(Builder builder, PersonalDataKeys keys, PersonalDataProperties properties) {
        super(builder);
        this.keys = keys;
        this.properties = properties;
    }

    @Override
    protected Object createEventEntity(EventMessage<?> eventMessage, Serializer serializer) {
        DomainEventMessage<?> event = asDomainEventMessage(eventMessage);
        if (!sealed(event.getType())) {
            return super.createEventEntity(event, serializer);
        }
        String owner = event.getAggregateIdentifier();
        SecretKey key = keys.keyForWriting(owner);
        return super.createEventEntity(event,
                new SealingSerializer(serializer, payload -> SealedStrings.seal(payload, key, owner)));
    }

    @Override
    protected Object createSnapshotEntity(DomainEventMessage<?> snapshot, Serializer serializer) {
        if (!sealed(snapshot.getType())) {
            return super.createSnapshotEntity(snapshot, serializer);
        }
        String owner = snapshot.getAggregateIdentifier();
        SecretKey key = keys.keyForWriting(owner);
        return super.createSnapshotEntity(snapshot, new SealingSerializer(serializer, payload -> {
            byte[] sealed = AesGcm.seal(key, payload, owner);
            byte[] marked = new byte[SNAPSHOT_MAGIC.length + sealed.length];
            System.arraycopy(SNAPSHOT_MAGIC, 0, marked, 0, SNAPSHOT_MAGIC.length);
            System.arraycopy(sealed, 0, marked, SNAPSHOT_MAGIC.length, sealed.length);
            return marked;
        }));
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                   int batchSize) {
        return super.fetchDomainEvents(aggregateIdentifier, firstSequenceNumber, batchSize).stream()
                .map(this::openEvent).toList();
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return super.fetchTrackedEvents(lastToken, batchSize).stream().map(this::openTracked).toList();
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return super.readSnapshotData(aggregateIdentifier).map(this::openSnapshot);
    }

    private TrackedEventData<?> openTracked(TrackedEventData<?> tracked) {
        return tracked instanceof DomainEventData<?> event && sealed(event.getType())
                ? new TrackedDomainEventData<>(tracked.trackingToken(), openEvent(event)) : tracked;
    }

    private DomainEventData<?> openEvent(DomainEventData<?> event) {
        if (!sealed(event.getType())) {
            return event;
        }
        String owner = event.getAggregateIdentifier();
        return copy(event, SealedStrings.open(bytes(event.getPayload()), keys.keyOf(owner), owner));
    }

    private DomainEventData<?> openSnapshot(DomainEventData<?> snapshot) {
        byte[] payload = bytes(snapshot.getPayload());
        if (!sealed(snapshot.getType()) || !Arrays.equals(payload, 0, SNAPSHOT_MAGIC.length, SNAPSHOT_MAGIC, 0,
                SNAPSHOT_MAGIC.length)) {
            return snapshot;
        }
        String owner = snapshot.getAggregateIdentifier();
        // No key: the aggregate was erased; Axon logs the failure and falls back to the (erased) events.
        SecretKey key = keys.keyOf(owner).orElseThrow(() -> new IllegalStateException("snapshot of an erased aggregate"));
        return copy(snapshot, AesGcm.open(key, Arrays.copyOfRange(payload, SNAPSHOT_MAGIC.length, payload.length), owner));
    }

    private static DomainEventData<?> copy(DomainEventData<?> event, byte[] payload) {
        SerializedObject<?> stored = event.getPayload();
        return new GenericDomainEventEntry<>(event.getType(), event.getAggregateIdentifier(), event.getSequenceNumber(),
                event.getEventIdentifier(), event.getTimestamp(), stored.getType().getName(),
                stored.getType().getRevision(), payload, bytes(event.getMetaData()));
    }

    private boolean sealed(String aggregateType) {
        return aggregateType != null && properties.aggregateTypes().contains(aggregateType);
    }

    private static byte[] bytes(SerializedObject<?> serialized) {
        Object data = serialized.getData();
        if (data instanceof byte[] bytes) {
            return bytes;
        }
        throw new IllegalStateException("the event store holds " + data.getClass() + ", expected bytes");
    }
}
