package uk.earlyhelp.portal.personaldata;

import java.util.function.UnaryOperator;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * The event store's serializer for one aggregate's entry being written: payloads come out sealed by {@code seal},
 * metadata (who acted) as the delegate writes it. Created per entry, as Axon's entry classes take only a serializer.
 */
final class SealingSerializer implements Serializer {

    private final Serializer delegate;
    private final UnaryOperator<byte[]> seal;

    SealingSerializer(Serializer delegate, UnaryOperator<byte[]> seal) {
        this.delegate = delegate;
        this.seal = seal;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        SerializedObject<T> plain = delegate.serialize(object, expectedRepresentation);
        if (object instanceof MetaData || expectedRepresentation != byte[].class) {
            return plain;
        }
        @SuppressWarnings("unchecked")
        T sealed = (T) seal.apply((byte[]) plain.getData());
        return new SimpleSerializedObject<>(sealed, expectedRepresentation, plain.getType());
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        return delegate.deserialize(serializedObject);
    }

    @Override
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
