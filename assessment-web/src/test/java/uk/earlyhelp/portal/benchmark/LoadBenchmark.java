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
    static final List<String> KINDS = List.of("sign-in", "start", "section page", "autosave", "row page",
            "add row", "section save", "finish");

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
        System.exit(BenchmarkPortal.onEach(databases, springArguments, benchmark::run));
    }

    private void run(String database, ConfigurableApplicationContext portal) throws Exception {
        int most = levels.stream().mapToInt(Integer::intValue).max().orElse(1);
        List<String> practitioners = PractitionerAccounts.ensure(portal, Math.max(most, 10), PASSWORD);
        int port = BenchmarkPortal.port(portal);
        level(List.of(port), practitioners, 10, warmUpSeconds, newStats());
        System.out.println("warm-up done");
        for (int concurrency : levels) {
            System.out.printf("%n-- %s, %d practitioners at once, %d s (load average before %s)%n", database, concurrency,
                    seconds, MachineLoad.loadAverage());
            Map<String, RequestStats> stats = newStats();
            Window window = level(List.of(port), practitioners, concurrency, seconds, stats);
            double elapsed = window.seconds();
            double cpuSeconds = window.cpuSeconds();
            System.out.println(RequestStats.HEADING);
            int requests = 0;
            for (RequestStats kind : stats.values()) {
                System.out.println(kind.row(elapsed));
                requests += kind == stats.get("sign-in") ? 0 : kind.count(); // signed in before the window
            }
            System.out.println("(sign-in: all signed in at once before the window; its req/s is not a rate)");
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("process (portal and clients): %.1f CPU s in %.1f s (%.2f ms per request), heap used %d MiB"
                            + " of %d MiB, RSS %s; load average after %s%n", cpuSeconds, elapsed, cpuSeconds * 1000 / requests,
                    (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024), runtime.totalMemory() / (1024 * 1024),
                    rss(), MachineLoad.loadAverage());
        }
    }

    /** The journeys' span, until the last practitioner finished the assessment under way at the deadline. */
    record Window(double seconds, double cpuSeconds) {
    }

    /** Practitioner i goes through {@code ports} i mod their number (a load balancer's round robin, one node each). */
    static Window level(List<Integer> ports, List<String> practitioners, int concurrency, int seconds,
                        Map<String, RequestStats> stats) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<SignedInClient> browsers = signIn(pool, ports, practitioners, concurrency, stats.get("sign-in"));
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuBefore = os.getProcessCpuTime();
            long start = System.nanoTime();
            journeys(pool, browsers, practitioners, stats, seconds);
            return new Window((System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpuBefore) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    static Map<String, RequestStats> newStats() {
        Map<String, RequestStats> stats = new LinkedHashMap<>();
        KINDS.forEach(kind -> stats.put(kind, new RequestStats(kind)));
        return stats;
    }

    /** Everyone signs in through the form first (password hashing is slow by design); the journeys' clock starts after. */
    private static List<SignedInClient> signIn(ExecutorService pool, List<Integer> ports, List<String> practitioners,
                                               int concurrency,
                                               RequestStats signIns) throws Exception {
        List<Future<SignedInClient>> signingIn = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            String practitioner = practitioners.get(i);
            int port = ports.get(i % ports.size());
            signingIn.add(pool.submit(() -> {
                SignedInClient browser = new SignedInClient(port);
                PractitionerJourney.signIn(browser, practitioner, PASSWORD, signIns);
                return browser;
            }));
        }
        List<SignedInClient> browsers = new ArrayList<>();
        for (Future<SignedInClient> signedIn : signingIn) {
            browsers.add(signedIn.get(300, TimeUnit.SECONDS));
        }
        return browsers;
    }

    private static void journeys(ExecutorService pool, List<SignedInClient> browsers, List<String> practitioners,
                                 Map<String, RequestStats> stats, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < browsers.size(); i++) {
            PractitionerJourney journey = new PractitionerJourney(browsers.get(i), practitioners.get(i), stats);
            running.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    journey.assessment(deadline);
                }
                return null;
            }));
        }
        for (Future<?> practitioner : running) {
            practitioner.get(seconds + 120L, TimeUnit.SECONDS);
        }
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
