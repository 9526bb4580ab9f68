package uk.earlyhelp.portal.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import uk.earlyhelp.feed.client.IntegratorClients;
import uk.earlyhelp.feed.cloudevent.EventGroup;
import uk.earlyhelp.portal.EarlyHelpPortalApplication;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;

/**
 * The integrators' feed with {@code benchmark.feed-events} (100,000) events in the store: the whole feed read over
 * HTTP at {@code limit=1000} (events/s, page round trip median/p95/p99/max), twice (the first warms the JVM up), then the
 * live stream's lag while {@code benchmark.feed-savers} (50) practitioners save at once. Not a test: from the
 * repository root run {@code mvn -q -pl assessment-web -am -Pbenchmark -DskipTests verify
 * -Dbenchmark.main=FeedBenchmark} (-Dbenchmark.databases=h2 or postgres).
 */
public final class FeedBenchmark {

    private final int events = Integer.getInteger("benchmark.feed-events", 100_000);
    private final int limit = Integer.getInteger("benchmark.feed-limit", 1000);
    private final int savers = Integer.getInteger("benchmark.feed-savers", 50);

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        FeedBenchmark benchmark = new FeedBenchmark();
        List<String> databases = Arrays.stream(args).flatMap(arg -> Arrays.stream(arg.split("[,\\s]+")))
                .filter(word -> !word.isBlank() && !word.startsWith("--")).toList();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("machine: %d cores (%s), max heap %d MiB, java %s; jvm args %s%n",
                runtime.availableProcessors(), MachineLoad.cpuModel(), runtime.maxMemory() / (1024 * 1024),
                System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getInputArguments());
        int status = 0;
        for (String database : databases.isEmpty() ? List.of("h2", "postgres") : databases) {
            try {
                if (database.startsWith("postgres")) {
                    benchmark.runOnPostgres();
                } else {
                    benchmark.run("H2 (file)", h2());
                }
            } catch (Exception | AssertionError e) {
                status = 1;
                System.out.println("FAILED on " + database + ": " + e);
                e.printStackTrace(System.out);
            }
        }
        System.exit(status);
    }

    private static Map<String, Object> h2() throws IOException {
        Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "benchmark-feed-");
        return Map.of("spring.datasource.url", "jdbc:h2:file:" + directory.toAbsolutePath()
                + "/early-help-portal;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE;WRITE_DELAY=0");
    }

    private void runOnPostgres() throws Exception {
        try (EmbeddedPostgres postgres = DurablePostgres.start()) {
            run("PostgreSQL (embedded, durable)", DurablePostgres.portalProperties(postgres));
        }
    }

    private void run(String database, Map<String, Object> properties) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--portal.integrators.requests-per-minute=100000",
                "--portal.integrators.burst=10000"));
        properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(EarlyHelpPortalApplication.class)
                .run(arguments.toArray(String[]::new))) {
            System.out.printf("%n== %s, load average %s%n", database, MachineLoad.loadAverage());
            long seedStart = System.nanoTime();
            FeedSeed.seed(portal.getBean(EventStorageEngine.class), portal.getBean(PlatformTransactionManager.class),
                    events);
            System.out.printf("seeded %d events in %.1f s%n", events, (System.nanoTime() - seedStart) / 1e9);
            int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
            String token = portal.getBean(IntegratorClients.class).add("Benchmark", Set.of(EventGroup.values()), false)
                    .token();
            System.out.println(FeedReading.HEADING);
            System.out.println(FeedReading.readAll(port, token, limit).row("whole feed, warm-up"));
            FeedReading.Result measured = FeedReading.readAll(port, token, limit);
            System.out.println(measured.row("whole feed, limit=" + limit));
            System.out.printf("load average after: %s%n", MachineLoad.loadAverage());
            System.out.println(StreamLag.measure(port, token, measured.cursor(), portal.getBean(ActingUserCommandGateway.class),
                    savers));
        }
    }
}
