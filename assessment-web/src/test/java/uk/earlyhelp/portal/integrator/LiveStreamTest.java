package uk.earlyhelp.portal.integrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.earlyhelp.feed.client.IntegratorClients;
import uk.earlyhelp.feed.client.IssuedToken;
import uk.earlyhelp.feed.cloudevent.EventGroup;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.eventstore.CommandScript;

/** The live stream over real HTTP: new events as they are committed, and a reconnection with no gap or duplicate. */
class LiveStreamTest extends PortalWebTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A bound for the test to give up, not a speed claim (the benchmark measures the lag). */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Autowired
    IntegratorClients clients;
    @Autowired
    ActingUserCommandGateway commands;

    @Test
    void aStreamResumedFromLastEventIdMissesNothingAndRepeatsNothing() throws Exception {
        String token = clients.add("Stream client " + UUID.randomUUID(), Set.of(EventGroup.values()), false).token();
        FeedApi feed = new FeedApi(mvc, token);
        String start = feed.readToTheEnd(null, 1000).next();
        List<SseClient.Event> received = new ArrayList<>();

        try (SseClient first = new SseClient(port, token, start)) {
            assertThat(first.status()).isEqualTo(200);
            startAssessment();
            received.addAll(take(first, 5));
        }
        startAssessment();
        try (SseClient resumed = new SseClient(port, token, received.get(received.size() - 1).id())) {
            startAssessment();
            received.addAll(take(resumed, 10));
        }

        List<String> fed = feed.readToTheEnd(start, 1000).ids();
        assertThat(received).extracting(event -> cloudEvent(event).path("id").asText())
                .doesNotHaveDuplicates().containsExactlyElementsOf(fed.subList(0, received.size()));
        assertThat(fed).hasSizeGreaterThanOrEqualTo(15);
        assertThat(received).allSatisfy(event -> {
            assertThat(cloudEvent(event).path("cursor").asText()).isEqualTo(event.id());
            assertThat(cloudEvent(event).path("specversion").asText()).isEqualTo("1.0");
        });
    }

    @Test
    void revokingTheClientEndsItsOpenStreamAtOnce() throws Exception {
        IssuedToken issued = clients.add("Stream client " + UUID.randomUUID(), Set.of(EventGroup.values()), false);
        String end = new FeedApi(mvc, issued.token()).readToTheEnd(null, 1000).next();
        try (SseClient stream = new SseClient(port, issued.token(), end)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.ends(Duration.ofSeconds(2))).as("open while the client may read").isFalse();

            clients.revoke(issued.client().id());

            assertThat(stream.ends(PATIENCE)).isTrue();
        }
    }

    @Test
    void aStreamFromABadLastEventIdIs400() throws Exception {
        String token = clients.add("Stream client " + UUID.randomUUID(), Set.of(EventGroup.values()), false).token();
        assertThat(new FeedApi(mvc, token).call(get("/api/v1/events/stream").header("Last-Event-ID", "nope"))
                .getStatus()).isEqualTo(400);
    }

    private void startAssessment() {
        String id = "stream-" + UUID.randomUUID();
        CommandScript.commands(id).subList(0, 6).forEach(command -> commands.send(command, CommandScript.AUTHOR));
    }

    private static List<SseClient.Event> take(SseClient stream, int count) throws InterruptedException {
        List<SseClient.Event> events = new ArrayList<>();
        while (events.size() < count) {
            SseClient.Event event = stream.next(PATIENCE);
            assertThat(event).as("event %d of %d within %s", events.size() + 1, count, PATIENCE).isNotNull();
            events.add(event);
        }
        return events;
    }

    private static JsonNode cloudEvent(SseClient.Event event) {
        try {
            return JSON.readTree(event.data());
        } catch (Exception e) {
            throw new AssertionError(event.data(), e);
        }
    }
}
