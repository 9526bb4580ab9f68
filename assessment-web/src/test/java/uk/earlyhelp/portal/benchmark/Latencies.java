package uk.earlyhelp.portal.benchmark;

import java.util.Arrays;

/**
 * One kind of request's timings: the round trip the client saw, and the portal's own elapsed and CPU time
 * ({@code Server-Timing}). Percentiles by nearest rank, as in {@link SaveLatencyBenchmark}.
 */
final class Latencies {

    static final String HEADING = String.format("%-30s | %7s | %9s | %7s | %7s | %7s | %13s | %10s | %10s | %10s | %10s | %7s",
            "request", "samples", "median ms", "p95 ms", "p99 ms", "max ms",
            "server median", "server p95", "server p99", "server max", "cpu median", "cpu p95");

    private final String label;
    private final double[] roundTripMillis;
    private final double[] serverMillis;
    private final double[] cpuMillis;
    private int count;

    Latencies(String label, int capacity) {
        this.label = label;
        this.roundTripMillis = new double[capacity];
        this.serverMillis = new double[capacity];
        this.cpuMillis = new double[capacity];
    }

    void add(SignedInClient.Timed timed) {
        roundTripMillis[count] = timed.roundTripNanos() / 1e6;
        serverMillis[count] = timed.serverMillis();
        cpuMillis[count] = timed.serverCpuMillis();
        count++;
    }

    double roundTripPercentile(double percent) {
        return percentile(sorted(roundTripMillis), percent);
    }

    String row() {
        double[] client = sorted(roundTripMillis);
        double[] server = sorted(serverMillis);
        double[] cpu = sorted(cpuMillis);
        return String.format("%-30s | %7d | %9.2f | %7.2f | %7.2f | %7.2f | %13.2f | %10.2f | %10.2f | %10.2f | %10.2f | %7.2f",
                label, count, percentile(client, 50), percentile(client, 95), percentile(client, 99), client[count - 1],
                percentile(server, 50), percentile(server, 95), percentile(server, 99), server[count - 1],
                percentile(cpu, 50), percentile(cpu, 95));
    }

    private double[] sorted(double[] samples) {
        double[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return sorted;
    }

    private static double percentile(double[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
