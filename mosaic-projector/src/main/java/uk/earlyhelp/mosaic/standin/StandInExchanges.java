package uk.earlyhelp.mosaic.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stand-in's HTTP endpoints: the delivery contract, and the control endpoints for tests and demos. */
final class StandInExchanges {

    private static final String SUBMISSIONS = "/early-help-assessments";

    private final MosaicStandIn standIn;
    private final ObjectMapper json;
    private final Clock clock;

    StandInExchanges(MosaicStandIn standIn, ObjectMapper json, Clock clock) {
        this.standIn = standIn;
        this.json = json;
        this.clock = clock;
    }

    void submissions(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if ("POST".equals(method) && (path.equals(SUBMISSIONS) || path.equals(SUBMISSIONS + "/"))) {
                deliver(exchange);
            } else if ("GET".equals(method) && path.startsWith(SUBMISSIONS + "/")) {
                lookUp(exchange, URLDecoder.decode(path.substring(SUBMISSIONS.length() + 1), StandardCharsets.UTF_8));
            } else {
                error(exchange, 404, "NOT_FOUND", "No such endpoint");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the stand-in is stopping: no answer
        }
    }

    private void deliver(HttpExchange exchange) throws IOException, InterruptedException {
        standIn.countPost();
        StandInBehaviour behaviour = standIn.behaviour();
        byte[] body = exchange.getRequestBody().readAllBytes();
        switch (behaviour.mode()) {
            case UNAVAILABLE -> {
                error(exchange, 503, "UNAVAILABLE", "Mosaic is unavailable");
                return;
            }
            case TIMEOUT -> {
                Thread.sleep(behaviour.delay().toMillis());
                error(exchange, 503, "UNAVAILABLE", "Mosaic is unavailable");
                return;
            }
            default -> {
            }
        }
        if (!standIn.authorised(exchange)) {
            error(exchange, 401, "UNAUTHORISED", "A valid API key is required");
            return;
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        String problem = SubmissionCheck.problem(key, body, json);
        if (problem != null) {
            error(exchange, 400, "INVALID_SUBMISSION", problem);
            return;
        }
        if (behaviour.mode() == StandInBehaviour.Mode.REJECT) {
            error(exchange, 400, "REJECTED", "The stand-in was told to reject deliveries");
            return;
        }
        StandInStore.Received received = standIn.store().receive(key, new String(body, StandardCharsets.UTF_8),
                clock.instant());
        if (behaviour.mode() == StandInBehaviour.Mode.SLOW) {
            Thread.sleep(behaviour.delay().toMillis());
        }
        send(exchange, received.created() ? 201 : 200, receipt(received.submission()));
    }

    private void lookUp(HttpExchange exchange, String submissionId) throws IOException {
        if (!standIn.authorised(exchange)) {
            error(exchange, 401, "UNAUTHORISED", "A valid API key is required");
            return;
        }
        var stored = standIn.store().find(submissionId);
        if (stored.isPresent()) {
            send(exchange, 200, receipt(stored.get()));
        } else {
            error(exchange, 404, "NOT_FOUND", "No submission with this id");
        }
    }

    void control(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!standIn.authorised(exchange)) {
                error(exchange, 401, "UNAUTHORISED", "A valid API key is required");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/stand-in/behaviour") && "PUT".equals(method)) {
                JsonNode request = json.readTree(exchange.getRequestBody());
                try {
                    standIn.behave(new StandInBehaviour(
                            StandInBehaviour.Mode.valueOf(request.path("mode").asText("NORMAL")),
                            Duration.ofMillis(request.path("delayMillis").asLong(600_000))));
                } catch (IllegalArgumentException e) {
                    error(exchange, 400, "INVALID_MODE", "mode is one of " + List.of(StandInBehaviour.Mode.values()));
                    return;
                }
            }
            if (path.equals("/stand-in/behaviour") && List.of("GET", "PUT").contains(method)) {
                StandInBehaviour now = standIn.behaviour();
                send(exchange, 200, Map.of("mode", now.mode().name(), "delayMillis", now.delay().toMillis()));
            } else if (path.equals("/stand-in/submissions") && "GET".equals(method)) {
                Map<String, Object> held = new LinkedHashMap<>(standIn.describe());
                held.put("postsReceived", standIn.postsReceived());
                held.put("submissions", standIn.store().all().stream().map(this::receipt).toList());
                send(exchange, 200, held);
            } else {
                error(exchange, 404, "NOT_FOUND", "No such endpoint");
            }
        }
    }

    private Map<String, Object> receipt(StoredSubmission stored) {
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("submissionId", stored.submissionId());
        receipt.put("reference", stored.reference());
        receipt.put("receivedAt", stored.receivedAt().toString());
        receipt.put("deliveries", stored.deliveries());
        return receipt;
    }

    private void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        send(exchange, status, Map.of("code", code, "message", message));
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
