package uk.earlyhelp.portal.benchmark;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;

/**
 * The dashboard and a search of My Assessments with {@code benchmark.assessments} (10,000) assessments in the store,
 * {@code benchmark.own} (200) of them the signed-in practitioner's, through the real portal over HTTP on loopback.
 * Not a test: from the repository root run
 * {@code mvn -q -pl assessment-web -am -Pbenchmark -DskipTests verify -Dbenchmark.main=DashboardBenchmark},
 * adding {@code -Dbenchmark.databases=h2} (or {@code postgres}) as needed.
 * <p>
 * The assessments are made by commands through {@link ActingUserCommandGateway} ({@link CaseloadSeed}); once the
 * {@code my-assessments} projection has caught up, the demo practitioner signs in through the sign-in form, and after
 * a warm-up {@code benchmark.requests} dashboards (page 1) and as many searches (varied, partial, mixed-case names)
 * are fetched in turn, each checked ({@link DashboardPage}). Reported per kind: the client's round trip (loopback,
 * one connection, one request at a time) and the portal's own time from first filter to rendered page, elapsed and
 * CPU ({@link ServerTimingFilter}); median, p95, p99 and max.
 */
public final class DashboardBenchmark {

    static final String PRACTITIONER = "practitioner@example.org";
    private static final String PASSWORD = "early-help-demo-2026";
    private static final String PROJECTION = "my-assessments";
    /** Partial, mixed-case, as typed; one matches nothing (a typo) and must say so. */
    private static final List<String> SEARCHES = List.of("smi", "JONES", "Tay", "pAT", "khan", "ali", "O'B", "wil",
            "son", "amel", "NOAH", "Oliv", "ah", "nowak", "Siân", "Xyl");

    private final int assessments = Integer.getInteger("benchmark.assessments", 10_000);
    private final int own = Integer.getInteger("benchmark.own", 200);
    private final int requests = Integer.getInteger("benchmark.requests", 500);
    private final int warmUpRequests = Integer.getInteger("benchmark.warmup-requests", 200);
    private final int seedThreads = Integer.getInteger("benchmark.seed-threads", 4);
    private final List<String> springArguments;

    private DashboardBenchmark(List<String> springArguments) {
        this.springArguments = springArguments;
    }

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        // The search terms include names such as "Siân": printed as they are whatever the shell's locale.
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        List<String> databases = new ArrayList<>();
        List<String> springArguments = new ArrayList<>();
        for (String word : Arrays.stream(args).flatMap(arg -> Arrays.stream(arg.split("[,\\s]+")))
                .filter(word -> !word.isBlank()).toList()) {
            if (word.startsWith("--")) {
                springArguments.add(word);
            } else {
                databases.add(word.toLowerCase(Locale.ROOT));
            }
        }
        DashboardBenchmark benchmark = new DashboardBenchmark(springArguments);
        benchmark.printMachine();
        System.exit(BenchmarkPortal.onEach(databases, springArguments, benchmark::run));
    }

    private void printMachine() {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("machine: %d cores (%s), max heap %d MiB, java %s (%s), %s %s %s%n",
                runtime.availableProcessors(), MachineLoad.cpuModel(), runtime.maxMemory() / (1024 * 1024),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"));
        System.out.printf("jvm args: %s%n", ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.printf("benchmark: %d assessments (%d of them %s's), %d seeding threads; %d warm-up requests, "
                        + "then %d dashboards and %d searches, interleaved; spring args %s%n",
                assessments, own, PRACTITIONER, seedThreads, warmUpRequests, requests, requests, springArguments);
    }

    private void run(String database, ConfigurableApplicationContext context) throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        CaseloadSeed seed = new CaseloadSeed(context.getBean(ActingUserCommandGateway.class), PRACTITIONER,
                LocalDate.now(context.getBean(Clock.class)));
        long seedStart = System.nanoTime();
        seed.seed(assessments, own, seedThreads);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        System.out.printf("seeded: %d assessments, %d commands in %.1f s (%.0f commands/s, %d threads)%n",
                assessments, seed.commandsSent(), seedSeconds, seed.commandsSent() / seedSeconds, seedThreads);
        double lag = new ProjectionLag(context, PROJECTION).await();
        System.out.printf("%s projection caught up %.1f s after the last command%n", PROJECTION, lag);
        new StoreSize(dataSource).print(assessments, own, PRACTITIONER);

        measure(BenchmarkPortal.port(context), seed.practitionersFamilies());
    }

    private void measure(int port, List<List<String>> families) throws Exception {
        SignedInClient client = new SignedInClient(port);
        client.signIn(PRACTITIONER, PASSWORD);
        long[] matches = SEARCHES.stream().mapToLong(term -> matching(families, term)).toArray();
        StringBuilder terms = new StringBuilder("search terms (matches among the practitioner's " + families.size() + "):");
        for (int t = 0; t < SEARCHES.size(); t++) {
            terms.append(String.format(" '%s' %d;", SEARCHES.get(t), matches[t]));
        }
        System.out.println(terms);

        Latencies dashboards = new Latencies("dashboard (/, page 1)", requests);
        Latencies searches = new Latencies("search (" + SEARCHES.size() + " terms)", requests);
        System.out.printf("load average before: %s%n", MachineLoad.loadAverage());
        long start = System.nanoTime();
        for (int i = 0; i < warmUpRequests + requests; i++) {
            boolean timed = i >= warmUpRequests;
            SignedInClient.Timed dashboard = client.get("/");
            DashboardPage.check(dashboard, "", own);
            int t = i % SEARCHES.size();
            SignedInClient.Timed search = client.get("/?" + SignedInClient.query("search", SEARCHES.get(t)));
            DashboardPage.check(search, SEARCHES.get(t), matches[t]);
            if (timed) {
                dashboards.add(dashboard);
                searches.add(search);
            }
        }
        System.out.printf("load average after: %s; %d requests in %.1f s%n", MachineLoad.loadAverage(),
                2 * (warmUpRequests + requests), (System.nanoTime() - start) / 1e9);
        System.out.println("round trip = client-measured on loopback (one connection, one request at a time); "
                + "server = Server-Timing, first filter to rendered page; cpu = the request thread's CPU time in that span "
                + "(H2's work included, PostgreSQL's done in its own process)");
        System.out.println(Latencies.HEADING);
        System.out.println(dashboards.row());
        System.out.println(searches.row());
        for (Latencies kind : List.of(dashboards, searches)) {
            double p95 = kind.roundTripPercentile(95);
            System.out.printf("round-trip p95 %.2f ms (target < 100 ms: %s)%n", p95, p95 < 100 ? "met" : "MISSED");
        }
    }

    /** As the portal searches: any member's name containing the term, case ignored. */
    private static long matching(List<List<String>> families, String term) {
        String wanted = term.strip().toLowerCase(Locale.ROOT);
        return families.stream().filter(names -> names.stream()
                .anyMatch(name -> name.toLowerCase(Locale.ROOT).contains(wanted))).count();
    }
}
