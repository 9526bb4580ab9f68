package uk.earlyhelp.feed.reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.TreeSet;
import org.axonframework.eventhandling.GapAwareTrackingToken;

/**
 * The feed's opaque cursor: an Axon {@link GapAwareTrackingToken}, gaps and all, as base64url of a small versioned
 * JSON ({@code {"v":1,"i":index,"g":[gaps]}}). The gaps are what make the cursor never skip an event: a global index
 * handed out to a transaction that commits after later ones is a gap in the token, and the next read asks for it again.
 * Integrators must treat it as opaque; the version lets its shape change without breaking cursors they hold.
 */
public final class FeedCursor {

    private static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedCursor() {
    }

    public static String encode(GapAwareTrackingToken token) {
        ObjectNode node = JSON.createObjectNode().put("v", VERSION).put("i", token.getIndex());
        token.getGaps().forEach(node.putArray("g")::add);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @throws BadCursor when the text is not a cursor this feed gave out */
    public static GapAwareTrackingToken decode(String cursor) {
        try {
            JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(cursor));
            if (node == null || node.path("v").asInt() != VERSION || !node.path("i").canConvertToLong()
                    || node.path("i").asLong() < 0) {
                throw new BadCursor();
            }
            TreeSet<Long> gaps = new TreeSet<>();
            for (JsonNode gap : node.path("g")) {
                if (!gap.canConvertToLong() || gap.asLong() >= node.path("i").asLong() || gap.asLong() < 0) {
                    throw new BadCursor();
                }
                gaps.add(gap.asLong());
            }
            return GapAwareTrackingToken.newInstance(node.path("i").asLong(), gaps);
        } catch (IllegalArgumentException | IOException notACursor) {
            throw new BadCursor();
        }
    }
}
