package uk.earlyhelp.feed.cloudevent;

import java.util.Set;
import java.util.function.Function;
import org.axonframework.serialization.Revision;

/**
 * One domain event as integrators see it: its CloudEvents type (group prefix, event name, current revision), what its
 * subject is, and which fields survive redaction (ids and codes; every other text is personal or free text).
 *
 * @param keptWhenRedacted dotted paths into the event's JSON, e.g. {@code details.mosaicPersonReference}
 */
public record PublishedType(Class<?> payloadType, EventGroup group, String type,
                            Function<Object, String> subjectOf, Set<String> keptWhenRedacted) {

    static <T> PublishedType of(Class<T> payloadType, EventGroup group, Function<T, String> subject,
                                String... keptWhenRedacted) {
        Revision revision = payloadType.getAnnotation(Revision.class);
        if (revision == null) {
            throw new IllegalArgumentException(payloadType.getName() + " has no @Revision: it is no public event");
        }
        String type = group.typePrefix() + "." + payloadType.getSimpleName() + ".v" + revision.value();
        return new PublishedType(payloadType, group, type, payload -> subject.apply(payloadType.cast(payload)),
                Set.of(keptWhenRedacted));
    }

    public String subject(Object payload) {
        return subjectOf.apply(payload);
    }
}
