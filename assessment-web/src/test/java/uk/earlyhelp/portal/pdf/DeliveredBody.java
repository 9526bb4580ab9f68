package uk.earlyhelp.portal.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import uk.earlyhelp.mosaic.standin.MosaicStandIn;

/** What the Mosaic stand-in received for one assessment, waited for (a delivery runs after Finish, in the background). */
final class DeliveredBody {

    private final JsonNode body;

    DeliveredBody(MosaicStandIn standIn, String assessmentId, Duration limit) {
        long giveUpAt = System.nanoTime() + limit.toNanos();
        Optional<String> received = standIn.store().body(assessmentId);
        while (received.isEmpty()) {
            if (System.nanoTime() > giveUpAt) throw new AssertionError("Mosaic received nothing for " + assessmentId + " in " + limit);
            LockSupport.parkNanos(50_000_000L);
            received = standIn.store().body(assessmentId);
        }
        try {
            body = new ObjectMapper().readTree(received.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every string value in the body but the document's base64 content. */
    List<String> strings() {
        List<String> strings = new ArrayList<>();
        collect(body, strings);
        return strings;
    }

    boolean hasDocument() {
        return !body.path("document").path("content").asText().isEmpty();
    }

    private static void collect(JsonNode node, List<String> strings) {
        if (node.isTextual()) strings.add(node.asText());
        node.properties().forEach(field -> {
            if (!field.getKey().equals("content")) collect(field.getValue(), strings);
        });
        if (node.isArray()) node.forEach(element -> collect(element, strings));
    }
}
