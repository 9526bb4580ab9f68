package uk.earlyhelp.relationship.api;

import java.time.Instant;
import java.util.List;

/**
 * The answer to {@link FindChildDetailChanges}. Coordinators are account ids; {@code fields} name the details that
 * changed ({@link ChildDetails}' component names: {@code address}, {@code involvedWorkers}…), never their values.
 */
public record ChildDetailChanges(List<Entry> changes) {

    public record Entry(String changedBy, ChildSource source, List<String> fields, Instant changedAt) {

        public Entry {
            fields = List.copyOf(fields);
        }
    }

    public ChildDetailChanges {
        changes = List.copyOf(changes);
    }
}
