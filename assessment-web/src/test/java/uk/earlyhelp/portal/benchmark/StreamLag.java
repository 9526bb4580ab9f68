package uk.earlyhelp.portal.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.eventstore.CommandScript;

/**
 * The live stream's lag while practitioners save: {@code savers} threads each fill in an assessment at once (the
 * commands of {@link CommandScript} but the finish: real commands, 12 events), while one SSE client tails the stream
 * from the end of the store. Lag: when the
 * client read an event, minus the event's time (its commit, near enough); both clocks are this machine's.
 */
final class StreamLag {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StreamLag() {
    }

    /** The first 14 commands of the script leave 12 events: two of them change nothing. */
    private static final int COMMANDS = 14;
    private static final int EVENTS = 12;

    static String measure(int port, String token, String fromCursor, ActingUserCommandGateway commands, int savers)
            throws Exception {
        List<Double> lags = Collections.synchronizedList(new ArrayList<>());
        int expected = savers * EVENTS;
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/events/stream?after=" + fromCursor))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> stream.body().filter(line -> line.startsWith("data:")).limit(expected)
                .forEach(line -> lags.add(lagMillis(line.substring(5)))), "stream-lag-reader");
        reader.start();
        ExecutorService pool = Executors.newFixedThreadPool(savers);
        List<Future<?>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int s = 0; s < savers; s++) {
            done.add(pool.submit(() -> save(commands)));
        }
        for (Future<?> future : done) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        reader.join(60_000);
        stream.body().close();
        double[] sorted = lags.stream().mapToDouble(Double::doubleValue).toArray();
        return String.format("SSE lag, %d practitioners saving at once (%d events in %.1f s, %.0f events/s): received "
                        + "%d, median %.0f ms, p95 %.0f ms, max %.0f ms", savers, expected, seconds,
                expected / seconds, sorted.length, FeedReading.percentile(sorted, 50),
                FeedReading.percentile(sorted, 95), FeedReading.percentile(sorted, 100));
    }

    private static void save(ActingUserCommandGateway commands) {
        String id = UUID.randomUUID().toString();
        CommandScript.commands(id).subList(0, COMMANDS).forEach(command -> commands.send(command, CommandScript.AUTHOR));
    }

    private static double lagMillis(String data) {
        try {
            Instant time = OffsetDateTime.parse(JSON.readTree(data).path("time").asText()).toInstant();
            return (System.currentTimeMillis() - time.toEpochMilli());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
