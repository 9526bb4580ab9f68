package uk.earlyhelp.portal.personaldata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.crypto.SecretKey;

/**
 * Seals every string value of an event's JSON payload except the fields that identify rather than describe (ids, who
 * acted): answers, family rows and all free text are personal. Keys of maps (the form's field ids) and the shape stay
 * readable, so an erased event still deserializes, with {@value #ERASED} for each value it held.
 */
final class SealedStrings {

    static final String ERASED = "[erased]";
    private static final String PREFIX = "eh1:";
    private static final Set<String> CLEAR_FIELDS = Set.of("assessmentId", "formId", "authorId", "finishedBy",
            "deletedBy", "memberId", "rowId", "professionalId", "sectionId", "mosaicReference", "retrying");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] REPLACEMENT = "\uFFFD".getBytes(StandardCharsets.UTF_8);

    private SealedStrings() {
    }

    static byte[] seal(byte[] payload, SecretKey key, String owner) {
        return rewrite(payload, text -> PREFIX + Base64.getEncoder().encodeToString(
                AesGcm.seal(key, utf8(text), owner)));
    }

    /**
     * An unpaired surrogate (old data, typed before the text-input rule) is sealed as U+FFFD, as any UTF-8 reader shows
     * it, rather than the '?' of {@link String#getBytes}.
     */
    private static byte[] utf8(String text) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith(REPLACEMENT).encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException cannotHappenWithReplace) {
            throw new IllegalStateException(cannotHappenWithReplace);
        }
    }

    /** Opens sealed values with the owner's key, or shows them as erased when the key is gone. */
    static byte[] open(byte[] payload, Optional<SecretKey> key, String owner) {
        return rewrite(payload, text -> !text.startsWith(PREFIX) ? text : key.map(k -> new String(AesGcm.open(k,
                Base64.getDecoder().decode(text.substring(PREFIX.length())), owner), StandardCharsets.UTF_8))
                .orElse(ERASED));
    }

    private static byte[] rewrite(byte[] payload, UnaryOperator<String> value) {
        try {
            JsonNode tree = JSON.readTree(payload);
            if (tree instanceof ObjectNode event) {
                // Only the event's own top-level ids stay clear; deeper down everything textual is content.
                event.properties().forEach(field -> {
                    if (!CLEAR_FIELDS.contains(field.getKey())) {
                        field.setValue(walk(field.getValue(), value));
                    }
                });
                return JSON.writeValueAsBytes(event);
            }
            return JSON.writeValueAsBytes(walk(tree, value));
        } catch (IOException e) {
            throw new UncheckedIOException("an event payload is not JSON", e);
        }
    }

    private static JsonNode walk(JsonNode node, UnaryOperator<String> value) {
        if (node.isTextual()) {
            return TextNode.valueOf(value.apply(node.textValue()));
        }
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> field.setValue(walk(field.getValue(), value)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, walk(array.get(i), value));
            }
        }
        return node;
    }
}
