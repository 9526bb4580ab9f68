package uk.earlyhelp.portal.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.earlyhelp.mosaic.standin.MosaicStandIn;
import uk.earlyhelp.mosaic.standin.StandInSettings;
import uk.earlyhelp.portal.portalprocess.PortalProcess;

/**
 * The scale figure (issue 14, item 7): {@link LoadBenchmark}'s practitioners against one portal node, then against two
 * nodes on the same PostgreSQL (a fresh durable database each time, so both start from the same data), each node a
 * process of its own with the production settings for several nodes (sessions in the database, no aggregate cache,
 * segments given back). Practitioners are spread round robin over the nodes, as a load balancer would. Prints
 * throughput and p95 per kind of request for each, then the ratio two nodes / one node. Not a test: from the root,
 * {@code mvn -q -pl assessment-web -am -Pbenchmark -DskipTests verify -Dbenchmark.main=ClusterLoadBenchmark
 * -Dbenchmark.concurrency=10 -Dbenchmark.seconds=30} ({@code -Dbenchmark.nodes=1,2}).
 */
public final class ClusterLoadBenchmark {

    private static final String KEY = "cluster-benchmark-key";
    private static final List<String> DEMO_PRACTITIONERS = List.of("practitioner@example.org", "practitioner2@example.org");

    public static void main(String[] args) throws Exception {
        int concurrency = Integer.parseInt(System.getProperty("benchmark.concurrency", "10").split(",")[0].trim());
        int seconds = Integer.getInteger("benchmark.seconds", 30);
        int warmUp = Integer.getInteger("benchmark.warmup-seconds", 10);
        List<Integer> nodeCounts = Arrays.stream(System.getProperty("benchmark.nodes", "1,2").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        System.out.printf("machine: %d cores (%s), java %s; load average %s%n", Runtime.getRuntime().availableProcessors(),
                MachineLoad.cpuModel(), System.getProperty("java.version"), MachineLoad.loadAverage());
        System.out.printf("benchmark: %d practitioners at once (the two demo accounts in turn), %d s after a %d s warm-up, "
                + "on %s node(s)%n", concurrency, seconds, warmUp, nodeCounts);
        List<String> practitioners = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            practitioners.add(DEMO_PRACTITIONERS.get(i % DEMO_PRACTITIONERS.size()));
        }
        Map<Integer, Map<String, RequestStats>> results = new LinkedHashMap<>();
        Map<Integer, Double> windows = new LinkedHashMap<>();
        for (int nodes : nodeCounts) {
            Path directory = Files.createTempDirectory("cluster-benchmark");
            try (EmbeddedPostgres postgres = DurablePostgres.start();
                 MosaicStandIn mosaic = MosaicStandIn.start(new StandInSettings(0, directory.resolve("mosaic"), "X-Api-Key",
                         KEY))) {
                List<PortalProcess> started = new ArrayList<>();
                try {
                    for (int n = 1; n <= nodes; n++) {
                        started.add(PortalProcess.start(PortalProcess.Launch.TEST_CLASSPATH, directory, "node-" + n,
                                mosaic, KEY, arguments(postgres, "node-" + n)));
                    }
                    List<Integer> ports = started.stream().map(PortalProcess::port).toList();
                    LoadBenchmark.level(ports, practitioners, concurrency, warmUp, LoadBenchmark.newStats());
                    System.out.printf("%n-- %d node(s), %d practitioners at once, %d s (load average before %s)%n", nodes,
                            concurrency, seconds, MachineLoad.loadAverage());
                    Map<String, RequestStats> stats = LoadBenchmark.newStats();
                    LoadBenchmark.Window window = LoadBenchmark.level(ports, practitioners, concurrency, seconds, stats);
                    System.out.println(RequestStats.HEADING);
                    stats.values().forEach(kind -> System.out.println(kind.row(window.seconds())));
                    System.out.printf("load average after %s; data: %s%n", MachineLoad.loadAverage(), dataSize(postgres));
                    results.put(nodes, stats);
                    windows.put(nodes, window.seconds());
                } finally {
                    for (PortalProcess node : started) {
                        node.stop();
                    }
                }
            }
        }
        printRatios(results, windows);
        System.exit(0);
    }

    private static List<String> arguments(EmbeddedPostgres postgres, String name) {
        List<String> arguments = new ArrayList<>();
        DurablePostgres.portalProperties(postgres).forEach((key, value) -> arguments.add("--" + key + "=" + value));
        arguments.addAll(List.of("--portal.cluster.node-name=" + name, "--portal.session.store=jdbc",
                "--portal.event-store.cache-aggregates=false", "--portal.cluster.give-back.enabled=true",
                "--portal.audit.demo-assessments=false", "--server.servlet.session.timeout=2h"));
        return arguments;
    }

    private static void printRatios(Map<Integer, Map<String, RequestStats>> results, Map<Integer, Double> windows) {
        if (results.size() < 2) {
            return;
        }
        List<Integer> counts = new ArrayList<>(results.keySet());
        int one = counts.get(0);
        int more = counts.get(counts.size() - 1);
        System.out.printf("%n-- ratio %d node(s) / %d node(s): throughput (req/s) and p95 (ms)%n", more, one);
        for (String kind : LoadBenchmark.KINDS) {
            if (kind.equals("sign-in")) {
                continue; // all signed in before the window
            }
            RequestStats a = results.get(one).get(kind);
            RequestStats b = results.get(more).get(kind);
            double rateA = a.count() / windows.get(one);
            double rateB = b.count() / windows.get(more);
            System.out.printf("%-14s | %7.1f -> %7.1f req/s (x%.2f) | p95 %8.1f -> %8.1f ms%n", kind, rateA, rateB,
                    rateB / rateA, a.percentile(95), b.percentile(95));
        }
    }

    private static String dataSize(EmbeddedPostgres postgres) throws Exception {
        try (Connection connection = postgres.getDatabase("postgres", "benchmark").getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select (select count(*) from domain_event_entry), "
                     + "(select count(*) from my_assessment), pg_size_pretty(pg_database_size('benchmark'))")) {
            rows.next();
            return rows.getLong(1) + " events, " + rows.getLong(2) + " assessments, database " + rows.getString(3);
        }
    }
}
