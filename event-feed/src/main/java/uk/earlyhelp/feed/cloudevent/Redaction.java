package uk.earlyhelp.feed.cloudevent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Personal data out of an event for a client that must not see it. An allow-list, not a deny-list: every text in the
 * event is replaced by {@value #REDACTED} unless its path is one the event type keeps (ids, codes), so a field added
 * to an event later is redacted until someone decides otherwise. Field names (e.g. a form's question ids), numbers,
 * booleans and empty texts stay as they are: they say what was answered, not what.
 */
final class Redaction {

    static final String REDACTED = "[redacted]";
    private static final TextNode REDACTED_NODE = TextNode.valueOf(REDACTED);

    private Redaction() {
    }

    /** Redacts {@code data} in place. */
    static void redact(ObjectNode data, Set<String> kept) {
        redactFields(data, "", kept);
    }

    private static void redactFields(ObjectNode object, String path, Set<String> kept) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            if (!kept.contains(fieldPath)) {
                field.setValue(redacted(field.getValue(), fieldPath, kept));
            }
        }
    }

    private static JsonNode redacted(JsonNode node, String path, Set<String> kept) {
        if (node instanceof ObjectNode object) {
            redactFields(object, path, kept);
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, redacted(array.get(i), path, kept));
            }
            return array;
        }
        return node.isTextual() && !node.textValue().isEmpty() ? REDACTED_NODE : node;
    }
}
