package uk.earlyhelp.portal.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * A consumer reading the whole feed over HTTP on loopback, one page at a time, timing each page's round trip (request
 * sent to last byte received); the JSON is parsed outside the timing.
 */
final class FeedReading {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @param cursor where the read ended: the end of the feed */
    record Result(int events, int pages, double seconds, double[] pageMillis, String cursor) {

        double percentile(double percent) {
            return FeedReading.percentile(pageMillis, percent);
        }

        String row(String label) {
            return String.format("%-28s | %7d | %5d | %7.1f | %9.0f | %9.1f | %7.1f | %7.1f | %7.1f", label, events,
                    pages, seconds, events / seconds, percentile(50), percentile(95), percentile(99), percentile(100));
        }
    }

    static final String HEADING = String.format("%-28s | %7s | %5s | %7s | %9s | %9s | %7s | %7s | %7s", "read",
            "events", "pages", "s", "events/s", "median ms", "p95 ms", "p99 ms", "max ms");

    private FeedReading() {
    }

    /** By nearest rank, as the other benchmarks; NaN for no samples. */
    static double percentile(double[] samples, double percent) {
        if (samples.length == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(samples, samples.length);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static Result readAll(int port, String token, int limit) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        double[] pageMillis = new double[10_000];
        int pages = 0;
        int events = 0;
        String cursor = null;
        long start = System.nanoTime();
        while (true) {
            URI page = URI.create("http://localhost:" + port + "/api/v1/events?limit=" + limit
                    + (cursor == null ? "" : "&after=" + cursor));
            long sent = System.nanoTime();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(page)
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
            pageMillis[pages++] = (System.nanoTime() - sent) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the feed answered " + response.statusCode());
            }
            int count = JSON.readTree(response.body()).size();
            events += count;
            cursor = response.headers().firstValue("X-Next-Cursor").orElse(cursor);
            if (count == 0) {
                return new Result(events, pages, (System.nanoTime() - start) / 1e9, Arrays.copyOf(pageMillis, pages),
                        cursor);
            }
        }
    }
}
