package uk.earlyhelp.portal.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.earlyhelp.portal.EarlyHelpPortalApplication;

/**
 * The portal as the benchmarks run it, in their own JVM: the embedded default (demo accounts, no Mosaic calls out) on a
 * new H2 file under target/, or on a PostgreSQL server of its own, durable as production (fsync and synchronous commit
 * on). PostgreSQL runs without the {@code postgres} profile, whose other differences are its Mosaic settings and that it
 * has no demo accounts; its dialect is set as that profile sets it. The {@link ServerTimingFilter} is registered.
 */
final class BenchmarkPortal {

    /** What to do with a started portal. */
    interface Run {
        void on(String database, ConfigurableApplicationContext portal) throws Exception;
    }

    private BenchmarkPortal() {
    }

    /**
     * Runs on each database named ({@code h2}, {@code postgres}; both if none), one after the other, and says whether
     * all went well, as the benchmark's exit status (0, else 1); a failure on one is printed and the next still runs.
     */
    static int onEach(List<String> databases, List<String> springArguments, Run run) {
        int status = 0;
        for (String database : databases.isEmpty() ? List.of("h2", "postgres") : databases) {
            try {
                switch (database.toLowerCase(Locale.ROOT)) {
                    case "h2" -> onH2(springArguments, run);
                    case "postgres", "postgresql" -> onPostgres(springArguments, run);
                    default -> throw new IllegalArgumentException("unknown database " + database + " (h2, postgres)");
                }
            } catch (Exception | AssertionError e) {
                status = 1;
                System.out.println("FAILED on " + database + ": " + e);
                e.printStackTrace(System.out);
            }
        }
        System.out.flush();
        return status;
    }

    static void onH2(List<String> springArguments, Run run) throws Exception {
        Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "benchmark-h2-");
        // The embedded default's settings (application.yml), in a new database under target/.
        start("H2 (file)", Map.of("spring.datasource.url", "jdbc:h2:file:" + directory.toAbsolutePath()
                + "/early-help-portal;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE;WRITE_DELAY=0"), springArguments, run);
    }

    static void onPostgres(List<String> springArguments, Run run) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").start()) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create database benchmark");
            }
            start("PostgreSQL (embedded, durable)", Map.of(
                    "spring.datasource.url", postgres.getJdbcUrl("postgres", "benchmark"),
                    "spring.datasource.username", "postgres",
                    "spring.datasource.password", "",
                    "spring.jpa.database-platform", "uk.earlyhelp.portal.eventstore.ByteaPostgreSQLDialect"),
                    springArguments, run);
        }
    }

    static int port(ConfigurableApplicationContext portal) {
        return ((WebServerApplicationContext) portal).getWebServer().getPort();
    }

    private static void start(String database, Map<String, Object> databaseProperties, List<String> springArguments,
                              Run run) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        databaseProperties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        arguments.addAll(springArguments);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(EarlyHelpPortalApplication.class)
                .initializers(ServerTimingFilter.registration());
        try (ConfigurableApplicationContext context = builder.run(arguments.toArray(String[]::new))) {
            System.out.println();
            System.out.printf("== %s: %s%n", database, describe(context.getBean(DataSource.class)));
            run.on(database, context);
        }
    }

    private static String describe(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String description = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion()
                    + " (" + meta.getURL() + ")";
            if (meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
                try (Statement statement = connection.createStatement()) {
                    for (String setting : List.of("fsync", "synchronous_commit", "shared_buffers")) {
                        try (ResultSet result = statement.executeQuery("show " + setting)) {
                            result.next();
                            description += ", " + setting + "=" + result.getString(1);
                        }
                    }
                }
            }
            return description;
        }
    }
}
