package uk.earlyhelp.portal.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One kind of request under load, from every simulated practitioner: how many, how many failed (a 5xx, or not the
 * answer a browser expects), the round trips and the portal's CPU time per request ({@code Server-Timing}; a redirect
 * is sent before the filter can add it, so kinds answered by a redirect have no CPU figure: NaN).
 * Thread-safe; percentiles by nearest rank.
 */
final class RequestStats {

    static final String HEADING = String.format(Locale.ROOT, "%-14s | %8s | %7s | %6s | %8s | %8s | %8s | %8s | %11s",
            "request", "requests", "req/s", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms", "cpu ms/req");

    private final String label;
    private final List<Double> roundTrips = new ArrayList<>();
    private double cpuMillis;
    private int cpuSamples;
    private int errors;

    RequestStats(String label) {
        this.label = label;
    }

    /** Records a request; {@code expected}: the status a browser's request of this kind gets when all is well. */
    synchronized boolean add(SignedInClient.Timed timed, int expected) {
        roundTrips.add(timed.roundTripNanos() / 1e6);
        if (!Double.isNaN(timed.serverCpuMillis())) {
            cpuMillis += timed.serverCpuMillis();
            cpuSamples++;
        }
        boolean ok = timed.status() == expected;
        if (!ok) {
            errors++;
        }
        return ok;
    }

    synchronized int errors() {
        return errors;
    }

    synchronized double percentile(double percent) {
        double[] sorted = roundTrips.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    synchronized int count() {
        return roundTrips.size();
    }

    synchronized String row(double seconds) {
        int count = roundTrips.size();
        return String.format(Locale.ROOT, "%-14s | %8d | %7.1f | %6d | %8.1f | %8.1f | %8.1f | %8.1f | %11.2f", label, count,
                count / seconds, errors, percentile(50), percentile(95), percentile(99), percentile(100),
                cpuSamples == 0 ? Double.NaN : cpuMillis / cpuSamples);
    }
}
