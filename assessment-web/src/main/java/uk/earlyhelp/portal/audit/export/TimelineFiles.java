package uk.earlyhelp.portal.audit.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.audit.timeline.Actor;
import uk.earlyhelp.portal.audit.timeline.TimelineRow;
import uk.earlyhelp.portal.delivery.ReconciliationCsv;

/**
 * Writes a timeline as CSV (RFC 4180, every cell quoted and safe from formula injection, as the reconciliation's) and
 * as JSON (one object per event, the payload exactly as stored, under the revision it was stored as). The rows and
 * their stored rows come in the same order, one for one (an assessment's by sequence; a child's or an account's, of
 * several streams, by time).
 */
@Component
public class TimelineFiles {

    static final String CSV_HEADER = "position,sequence,when,type,revision,actor,actor_role,actor_organisation,"
            + "what,correlation_id";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String csv(List<TimelineRow> rows, List<StoredEvent> stored) {
        check(rows, stored);
        Stream<String> lines = IntStream.range(0, rows.size()).mapToObj(index -> {
            TimelineRow row = rows.get(index);
            StoredEvent event = stored.get(index);
            return Stream.of(text(event.position()), text(event.sequence()), row.when(), event.type(),
                            event.revision(), row.actor().name(), row.actor().role(), row.actor().organisation(),
                            String.join(" | ", Stream.concat(Stream.of(row.what().headline()),
                                    row.what().details().stream()).toList()), row.correlationId())
                    .map(ReconciliationCsv::cell).collect(Collectors.joining(","));
        });
        return Stream.concat(Stream.of(CSV_HEADER), lines).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    public String json(List<TimelineRow> rows, List<StoredEvent> stored) {
        check(rows, stored);
        ArrayNode events = json.createArrayNode();
        for (int index = 0; index < rows.size(); index++) {
            TimelineRow row = rows.get(index);
            StoredEvent event = stored.get(index);
            ObjectNode node = events.addObject();
            node.put("position", event.position());
            node.put("sequence", event.sequence());
            node.put("type", event.type());
            node.put("revision", event.revision());
            node.put("timestamp", event.timestamp());
            node.set("actor", actor(row.actor()));
            node.put("correlationId", row.correlationId());
            node.set("payload", parsed(event.payload()));
        }
        try {
            return json.writeValueAsString(events);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode actor(Actor actor) {
        ObjectNode node = json.createObjectNode();
        node.put("id", actor.id());
        node.put("name", actor.name());
        node.put("role", actor.role());
        node.put("organisation", actor.organisation());
        return node;
    }

    // Stored as JSON text by the Jackson serializer; anything else is kept as the text it is.
    private JsonNode parsed(String payload) {
        try {
            return payload == null ? json.nullNode() : json.readTree(payload);
        } catch (JsonProcessingException e) {
            return json.getNodeFactory().textNode(payload);
        }
    }

    private static void check(List<TimelineRow> rows, List<StoredEvent> stored) {
        if (rows.size() != stored.size() || stored.contains(null)) {
            throw new IllegalStateException("The store changed while the export was read: " + rows.size() + " rows, "
                    + stored.size() + " stored");
        }
    }

    private static String text(Long number) {
        return number == null ? "" : number.toString();
    }
}
