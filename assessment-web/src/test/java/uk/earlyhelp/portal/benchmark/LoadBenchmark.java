package uk.earlyhelp.portal.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Many practitioners at once (issue 13): {@code benchmark.concurrency} (1, 10, 50) simulated practitioners, each with an
 * account of their own, sign in through the form and go through assessments flat out, with no pauses
 * ({@link PractitionerJourney}), for {@code benchmark.seconds} (20) at each concurrency, after a warm-up of
 * {@code benchmark.warmup-seconds} (10) at 10. Reported per kind of request: throughput, p50/p95/p99/max of the round
 * trip over HTTP on loopback, errors (a 5xx or not what a browser expects), and the portal's CPU per request (the
 * request thread's, {@link ServerTimingFilter}); then the whole process's CPU, heap and RSS. The clients run in the
 * portal's JVM (their CPU is in the process figure, not the per-request one). Not a test: from the repository root,
 * {@code mvn -q -pl assessment-web -am -Pbenchmark -DskipTests verify -Dbenchmark.main=LoadBenchmark}
 * ({@code -Dbenchmark.databases=h2|postgres}).
 */
public final class LoadBenchmark {

    private static final String PASSWORD = "early-help-demo-2026";
    private static final List<String> KINDS = List.of("sign-in", "start", "section page", "autosave", "add row",
            "section save", "finish");

    private final List<Integer> levels = Arrays.stream(System.getProperty("benchmark.concurrency", "1,10,50").split(","))
            .map(String::trim).map(Integer::valueOf).toList();
    private final int seconds = Integer.getInteger("benchmark.seconds", 20);
    private final int warmUpSeconds = Integer.getInteger("benchmark.warmup-seconds", 10);

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        List<String> databases = new ArrayList<>();
        List<String> springArguments = new ArrayList<>();
        for (String word : Arrays.stream(args).flatMap(arg -> Arrays.stream(arg.split("[,\\s]+")))
                .filter(word -> !word.isBlank()).toList()) {
            (word.startsWith("--") ? springArguments : databases).add(word);
        }
        LoadBenchmark benchmark = new LoadBenchmark();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("machine: %d cores (%s), max heap %d MiB, java %s; load average %s%n",
                runtime.availableProcessors(), MachineLoad.cpuModel(), runtime.maxMemory() / (1024 * 1024),
                System.getProperty("java.version"), MachineLoad.loadAverage());
        System.out.printf("benchmark: concurrency %s, %d s each after a %d s warm-up at 10; spring args %s%n",
                benchmark.levels, benchmark.seconds, benchmark.warmUpSeconds, springArguments);
        int status = 0;
        for (String database : databases.isEmpty() ? List.of("h2", "postgres") : databases) {
            try {
                switch (database.toLowerCase(Locale.ROOT)) {
                    case "h2" -> BenchmarkPortal.onH2(springArguments, benchmark::run);
                    case "postgres", "postgresql" -> BenchmarkPortal.onPostgres(springArguments, benchmark::run);
                    default -> throw new IllegalArgumentException("unknown database " + database + " (h2, postgres)");
                }
            } catch (Exception | AssertionError e) {
                status = 1;
                System.out.println("FAILED on " + database + ": " + e);
                e.printStackTrace(System.out);
            }
        }
        System.out.flush();
        System.exit(status);
    }

    private void run(String database, ConfigurableApplicationContext portal) throws Exception {
        int most = levels.stream().mapToInt(Integer::intValue).max().orElse(1);
        List<String> practitioners = PractitionerAccounts.ensure(portal, Math.max(most, 10), PASSWORD);
        int port = BenchmarkPortal.port(portal);
        level(port, practitioners, 10, warmUpSeconds);
        System.out.println("warm-up done");
        for (int concurrency : levels) {
            System.out.printf("%n-- %s, %d practitioners at once, %d s (load average before %s)%n", database, concurrency,
                    seconds, MachineLoad.loadAverage());
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuBefore = os.getProcessCpuTime();
            long start = System.nanoTime();
            Map<String, RequestStats> stats = level(port, practitioners, concurrency, seconds);
            // Until the last practitioner finished the assessment under way at the deadline.
            double elapsed = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpuBefore) / 1e9;
            System.out.println(RequestStats.HEADING);
            int requests = 0;
            for (RequestStats kind : stats.values()) {
                System.out.println(kind.row(elapsed));
                requests += kind.count();
            }
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("process (portal and clients): %.1f CPU s in %.1f s (%.2f ms per request), heap used %d MiB"
                            + " of %d MiB, RSS %s; load average after %s%n", cpuSeconds, elapsed, cpuSeconds * 1000 / requests,
                    (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024), runtime.totalMemory() / (1024 * 1024),
                    rss(), MachineLoad.loadAverage());
        }
    }

    private static Map<String, RequestStats> level(int port, List<String> practitioners, int concurrency, int seconds)
            throws Exception {
        Map<String, RequestStats> stats = new LinkedHashMap<>();
        KINDS.forEach(kind -> stats.put(kind, new RequestStats(kind)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                String practitioner = practitioners.get(i);
                running.add(pool.submit(() -> {
                    SignedInClient browser = new SignedInClient(port);
                    PractitionerJourney.signIn(browser, practitioner, PASSWORD, stats.get("sign-in"));
                    PractitionerJourney journey = new PractitionerJourney(browser, practitioner, stats);
                    while (System.nanoTime() < deadline) {
                        journey.assessment(deadline);
                    }
                    return null;
                }));
            }
            for (Future<?> practitioner : running) {
                practitioner.get(seconds + 120L, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return stats;
    }

    private static String rss() {
        try (var lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(line -> line.startsWith("VmRSS:")).findFirst()
                    .map(line -> line.substring(6).trim()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
