package uk.earlyhelp.portal.integrator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import uk.earlyhelp.feed.webhook.WebhookSignature;

/**
 * An integrator's webhook endpoint: a real HTTP server on this machine that answers as told (fail, be too slow, or
 * accept) and verifies every request's Standard Webhooks signature, as a receiver with the same scheme would.
 */
final class WebhookReceiver implements AutoCloseable {

    enum Answer { FAIL, TOO_SLOW, ACCEPT }

    record Received(String id, String body, boolean signatureValid, Answer answer) {
    }

    private final HttpServer server;
    private final Queue<Answer> script = new ConcurrentLinkedQueue<>();
    private volatile Answer otherwise = Answer.ACCEPT;
    private volatile String secret;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "webhook-receiver");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/hooks", this::receive);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks");
    }

    void verifyWith(String webhookSecret) {
        secret = webhookSecret;
    }

    /** The next answers, in order; then {@code otherwise}. */
    void script(Answer... answers) {
        script.addAll(List.of(answers));
    }

    void otherwise(Answer answer) {
        otherwise = answer;
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    /** The ids of the requests it accepted, in the order it accepted them. */
    List<String> accepted() {
        return received.stream().filter(request -> request.answer() == Answer.ACCEPT).map(Received::id).toList();
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        long timestamp = Long.parseLong(exchange.getRequestHeaders().getFirst("webhook-timestamp"));
        boolean valid = WebhookSignature.verify(secret, id, timestamp, body,
                exchange.getRequestHeaders().getFirst("webhook-signature"));
        Answer answer = script.isEmpty() ? otherwise : script.poll();
        received.add(new Received(id, body, valid, answer));
        try {
            if (answer == Answer.TOO_SLOW) {
                Thread.sleep(2_000);
            }
            exchange.sendResponseHeaders(answer == Answer.FAIL ? 500 : 204, -1);
        } catch (InterruptedException | IOException gone) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
