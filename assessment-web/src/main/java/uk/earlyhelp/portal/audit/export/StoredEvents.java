package uk.earlyhelp.portal.audit.export;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads an aggregate's rows straight from the event store's table, for the export's "payload as stored": the bytes
 * the portal wrote at the time, under the revision it wrote them (the timeline itself reads through Axon and the
 * upcasters). The same SQL on H2 and PostgreSQL (bytea there, see ByteaPostgreSQLDialect).
 */
@Component
class StoredEvents {

    private final JdbcTemplate jdbc;

    StoredEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredEvent> of(String aggregateId) {
        return jdbc.query("""
                        select global_index, sequence_number, payload_type, payload_revision, time_stamp, payload, meta_data
                        from domain_event_entry where aggregate_identifier = ? order by sequence_number""",
                (rs, row) -> new StoredEvent(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), text(rs.getBytes(6)), text(rs.getBytes(7))), aggregateId);
    }

    /** The stored rows of these events (of one aggregate or several), in the same order. */
    List<StoredEvent> of(List<DomainEventMessage<?>> events) {
        Map<String, StoredEvent> rows = new HashMap<>();
        events.stream().map(DomainEventMessage::getAggregateIdentifier).distinct().forEach(aggregateId ->
                of(aggregateId).forEach(row -> rows.put(aggregateId + "/" + row.sequence(), row)));
        return events.stream().map(event -> rows.get(event.getAggregateIdentifier() + "/" + event.getSequenceNumber()))
                .toList();
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
