package uk.earlyhelp.portal.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.earlyhelp.assessment.api.SaveSection;
import uk.earlyhelp.assessment.api.StartAssessment;
import uk.earlyhelp.portal.EarlyHelpPortalApplication;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;

/**
 * Saves per second and save latency on one assessment as its history grows, through the real Spring context and
 * command gateway, on H2 (a new file database under {@code target/}) and on PostgreSQL (embedded, real binaries,
 * the {@code postgres} profile). Not a test: from the repository root run
 * {@code mvn -q -pl assessment-web -am -Pbenchmark -DskipTests verify}, adding {@code -Dbenchmark.databases=h2},
 * {@code -Dbenchmark.runs=5} or {@code -Dbenchmark.spring-args=--portal.event-store.snapshot-threshold=100} as needed.
 * <p>
 * A save is one {@link SaveSection} of the "assessment" section whose {@code childDevelopment} text carries a
 * counter, so every save changes an answer and appends exactly one {@code SectionSaved} event. After a throw-away
 * warm-up assessment, each of {@code benchmark.runs} fresh assessments is driven from its first event to
 * {@code benchmark.events}; each save's latency is recorded against the history length before it, and the samples
 * of all runs are pooled into windows of history length.
 * <p>
 * Arguments (split at commas and spaces): {@code h2}, {@code postgres} (durable, as production) and/or
 * {@code postgres-nofsync} (the embedded server's defaults, as the tests run); {@code h2} and {@code postgres}
 * when none is given. Any {@code --name=value} argument is passed to Spring, e.g.
 * {@code --portal.event-store.snapshot-threshold=100}. System properties:
 * {@code benchmark.runs} (3), {@code benchmark.events} (2000), {@code benchmark.warmup-saves} (500), set by
 * the Maven profile from the Maven properties of the same names.
 */
public final class SaveLatencyBenchmark {

    private static final String FORM = "early-help-assessment";
    private static final String SECTION = "assessment";
    private static final String AUTHOR = "benchmark-author";
    private static final String THRESHOLD_PROPERTY = "portal.event-store.snapshot-threshold";

    /** History-length windows [from, to), the samples of every run pooled. */
    private static final int[][] WINDOWS = {{10, 110}, {200, 300}, {500, 600}, {1000, 1100}, {1900, 2000}};

    private final int runs = Integer.getInteger("benchmark.runs", 3);
    private final int events = Integer.getInteger("benchmark.events", 2000);
    private final int warmUpSaves = Integer.getInteger("benchmark.warmup-saves", 500);
    private final List<String> springArguments;

    private SaveLatencyBenchmark(List<String> springArguments) {
        this.springArguments = springArguments;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        List<String> databases = new ArrayList<>();
        List<String> springArguments = new ArrayList<>();
        // Also split within arguments: the Maven profile passes "h2,postgres" and its Spring arguments as one each.
        for (String word : Arrays.stream(args).flatMap(arg -> Arrays.stream(arg.split("[,\\s]+")))
                .filter(word -> !word.isBlank()).toList()) {
            if (word.startsWith("--")) {
                springArguments.add(word);
            } else {
                databases.add(word.toLowerCase(Locale.ROOT));
            }
        }
        if (databases.isEmpty()) {
            databases = List.of("h2", "postgres");
        }
        SaveLatencyBenchmark benchmark = new SaveLatencyBenchmark(springArguments);
        benchmark.printMachine();
        int status = 0;
        for (String database : databases) {
            try {
                switch (database) {
                    case "h2" -> benchmark.run("H2 (file)", h2Properties(), false);
                    case "postgres", "postgresql" -> benchmark.runOnPostgres(true);
                    case "postgres-nofsync" -> benchmark.runOnPostgres(false);
                    default -> throw new IllegalArgumentException(
                            "unknown database " + database + " (h2, postgres, postgres-nofsync)");
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

    private void printMachine() {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("machine: %d cores, max heap %d MiB, java %s (%s), %s %s %s%n",
                runtime.availableProcessors(), runtime.maxMemory() / (1024 * 1024),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"));
        System.out.printf("jvm args: %s%n", ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.printf("benchmark: %d warm-up saves, %d runs of 1..%d events each, spring args %s%n",
                warmUpSaves, runs, events, springArguments);
    }

    private static Map<String, Object> h2Properties() throws IOException {
        // Under target/: removed by `mvn clean`, and never the developer's ./data.
        Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "benchmark-h2-");
        return Map.of("spring.datasource.url", "jdbc:h2:file:" + directory.toAbsolutePath()
                + "/early-help-portal;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE");
    }

    /**
     * A server of its own, stopped afterwards. Durable: production's fsync and synchronous commit, which the
     * embedded server's defaults (the tests') switch off; {@code postgres-nofsync} keeps those defaults.
     */
    private void runOnPostgres(boolean durable) throws IOException, SQLException {
        EmbeddedPostgres.Builder server = EmbeddedPostgres.builder();
        if (durable) {
            server.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        try (EmbeddedPostgres postgres = server.start()) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create database benchmark");
            }
            run(durable ? "PostgreSQL (embedded, durable)" : "PostgreSQL (embedded, fsync off)", Map.of(
                    "spring.datasource.url", postgres.getJdbcUrl("postgres", "benchmark"),
                    "spring.datasource.username", "postgres",
                    "spring.datasource.password", ""), true);
        }
    }

    private void run(String database, Map<String, Object> databaseProperties, boolean postgresProfile) {
        // As command-line arguments: they outrank application*.yml (default properties would not).
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        databaseProperties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        arguments.addAll(springArguments);
        // The whole portal, web server included (on a free port): its web and security beans may need a servlet context.
        SpringApplicationBuilder builder = new SpringApplicationBuilder(EarlyHelpPortalApplication.class);
        if (postgresProfile) {
            builder.profiles("postgres");
        }
        try (ConfigurableApplicationContext context = builder.run(arguments.toArray(String[]::new))) {
            ActingUserCommandGateway commands = context.getBean(ActingUserCommandGateway.class);
            DataSource dataSource = context.getBean(DataSource.class);
            System.out.println();
            System.out.printf("== %s: %s (%s); %s=%s; snapshotter %s%n", database, describe(dataSource),
                    context.getEnvironment().getProperty("spring.datasource.url"),
                    THRESHOLD_PROPERTY, context.getEnvironment().getProperty(THRESHOLD_PROPERTY),
                    context.getBean(Snapshotter.class).getClass().getSimpleName());

            long warmUpStart = System.nanoTime();
            drive(commands, warmUpSaves + 1, null);
            System.out.printf("warm-up: %d saves in %.1f s%n", warmUpSaves, (System.nanoTime() - warmUpStart) / 1e9);

            // latencies[h] holds the latencies (ns) of every save made when the history had h events.
            List<List<Long>> latencies = new ArrayList<>();
            for (int h = 0; h <= events; h++) {
                latencies.add(new ArrayList<>());
            }
            long start = System.nanoTime();
            for (int run = 1; run <= runs; run++) {
                String assessmentId = drive(commands, events, latencies);
                long stored = countEvents(dataSource, assessmentId);
                if (stored != events) {
                    throw new AssertionError("run " + run + " stored " + stored + " events, expected " + events);
                }
            }
            System.out.printf("measured: %d runs in %.1f s; %d snapshot rows in the store%n",
                    runs, (System.nanoTime() - start) / 1e9, count(dataSource, "select count(*) from snapshot_event_entry"));
            report(latencies);
        }
    }

    /**
     * Starts a new assessment and saves until it has {@code totalEvents} events; returns its id. The start
     * (history 0) is not a save and is not recorded.
     */
    private static String drive(ActingUserCommandGateway commands, int totalEvents, List<List<Long>> latencies) {
        String assessmentId = "bench-" + UUID.randomUUID();
        commands.send(new StartAssessment(assessmentId, FORM, AUTHOR), AUTHOR);
        for (int history = 1; history < totalEvents; history++) {
            SaveSection save = new SaveSection(assessmentId, SECTION, Map.of(
                    "significantHarm", List.of("no"),
                    "childDevelopment", List.of("Doing well at nursery; save number " + history + ".")));
            long before = System.nanoTime();
            commands.send(save, AUTHOR);
            long latency = System.nanoTime() - before;
            if (latencies != null) {
                latencies.get(history).add(latency);
            }
        }
        return assessmentId;
    }

    private void report(List<List<Long>> latencies) {
        System.out.println("history (events before the save) | samples | saves/s (samples / sum of latencies) "
                + "|  p50 ms |  p99 ms |  max ms");
        Map<String, Double> p99s = new LinkedHashMap<>();
        for (int[] window : WINDOWS) {
            int to = Math.min(window[1], events);
            long[] samples = latencies.subList(Math.min(window[0], to), to).stream()
                    .flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
            String label = String.format("%d-%d", window[0], window[1] - 1);
            if (samples.length == 0) {
                System.out.printf("%-33s | %7d |%n", label, 0);
                continue;
            }
            double sumSeconds = Arrays.stream(samples).sum() / 1e9;
            double p99 = percentile(samples, 99);
            p99s.put(label, p99);
            System.out.printf("%-33s | %7d | %37.1f | %7.2f | %7.2f | %7.2f%n", label, samples.length,
                    samples.length / sumSeconds, percentile(samples, 50) / 1e6, p99 / 1e6,
                    samples[samples.length - 1] / 1e6);
        }
        Double first = p99s.get("10-109");
        Double last = p99s.get("1900-1999");
        if (first != null && last != null) {
            double ratio = last / first;
            System.out.printf("p99(1900-1999) / p99(10-109) = %.2f (target <= 2: %s)%n", ratio, ratio <= 2 ? "met" : "MISSED");
        }
    }

    /** Nearest-rank percentile of sorted samples. */
    private static double percentile(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String describe(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String description = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            if (meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
                try (Statement statement = connection.createStatement()) {
                    for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes", "shared_buffers")) {
                        try (ResultSet result = statement.executeQuery("show " + setting)) {
                            result.next();
                            description += ", " + setting + "=" + result.getString(1);
                        }
                    }
                }
            }
            return description;
        } catch (SQLException e) {
            return "unknown database (" + e.getMessage() + ")";
        }
    }

    private static long countEvents(DataSource dataSource, String assessmentId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from domain_event_entry where aggregate_identifier = ?")) {
            statement.setString(1, assessmentId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
