package uk.earlyhelp.query.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.earlyhelp.relationship.api.ChildDetailChanges;
import uk.earlyhelp.relationship.api.ChildDetails;
import uk.earlyhelp.relationship.api.ChildSource;

/**
 * One change to a child's details, for the coordinator's history of the record: which details changed, by name only
 * (the values are the child's personal data, held once, in {@code child_record}). Keyed by the event's place in the
 * child's stream, so an event seen twice adds nothing.
 */
@Entity
@Table(name = "child_detail_change")
class ChildDetailChangeRow {

    /** The details by the names the page knows them by, in the order it shows them. */
    private static final Map<String, Function<ChildDetails, String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("firstName", ChildDetails::firstName);
        FIELDS.put("lastName", ChildDetails::lastName);
        FIELDS.put("dateOfBirth", ChildDetails::dateOfBirth);
        FIELDS.put("address", ChildDetails::address);
        FIELDS.put("phone", ChildDetails::phone);
        FIELDS.put("email", ChildDetails::email);
        FIELDS.put("mosaicPersonReference", ChildDetails::mosaicPersonReference);
        FIELDS.put("involvedWorkers", ChildDetails::involvedWorkers);
    }

    @Id
    @Column(name = "change_id")
    private String changeId;
    @Column(name = "child_id")
    private String childId;
    @Column(name = "sequence_number")
    private long sequenceNumber;
    @Column(name = "changed_by")
    private String changedBy;
    @Enumerated(EnumType.STRING)
    private ChildSource source;
    @Column(name = "changed_fields")
    private String changedFields;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected ChildDetailChangeRow() {
        // for JPA
    }

    ChildDetailChangeRow(String childId, long sequenceNumber, String changedBy, ChildSource source, List<String> fields,
                         Instant changedAt) {
        this.changeId = id(childId, sequenceNumber);
        this.childId = childId;
        this.sequenceNumber = sequenceNumber;
        this.changedBy = changedBy;
        this.source = source;
        this.changedFields = String.join(",", fields);
        this.changedAt = changedAt;
    }

    static String id(String childId, long sequenceNumber) {
        return childId + "/" + sequenceNumber;
    }

    /** The names of the details that differ between the two. */
    static List<String> differences(ChildDetails from, ChildDetails to) {
        return FIELDS.entrySet().stream()
                .filter(field -> !field.getValue().apply(from).equals(field.getValue().apply(to)))
                .map(Map.Entry::getKey).toList();
    }

    ChildDetailChanges.Entry entry() {
        List<String> fields = changedFields.isEmpty() ? List.of() : Arrays.asList(changedFields.split(","));
        return new ChildDetailChanges.Entry(changedBy, source, fields, changedAt);
    }
}
