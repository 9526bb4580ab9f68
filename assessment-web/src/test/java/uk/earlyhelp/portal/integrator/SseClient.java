package uk.earlyhelp.portal.integrator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Server-Sent Events client over real HTTP, as an integrator's would be: it reads {@code id:} and {@code data:}
 * lines into events, and reconnects by sending the last id as {@code Last-Event-ID}.
 */
final class SseClient implements AutoCloseable {

    record Event(String id, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final HttpResponse<Stream<String>> response;
    private final Thread reader;

    SseClient(int port, String token, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/events/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofLines());
        reader = new Thread(this::read, "sse-test-client");
        reader.setDaemon(true);
        reader.start();
    }

    int status() {
        return response.statusCode();
    }

    /** The next event, or null if none came within {@code wait}. */
    Event next(Duration wait) throws InterruptedException {
        return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** True if the portal ended the stream within {@code wait}. */
    boolean ends(Duration wait) throws InterruptedException {
        reader.join(wait.toMillis());
        return !reader.isAlive();
    }

    private void read() {
        String[] id = {null};
        StringBuilder data = new StringBuilder();
        try {
            response.body().forEach(line -> {
                if (line.startsWith("id:")) {
                    id[0] = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                } else if (line.isEmpty() && !data.isEmpty()) {
                    events.add(new Event(id[0], data.toString()));
                    data.setLength(0);
                }
            });
        } catch (RuntimeException closed) {
            // the test closed the stream
        }
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }
}
