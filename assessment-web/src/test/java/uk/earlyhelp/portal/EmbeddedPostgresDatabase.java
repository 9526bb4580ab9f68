package uk.earlyhelp.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server (binaries from Maven), started once per test JVM and stopped by its own shutdown hook.
 * Each Spring context that asks gets a database of its own, so tests never see each other's events.
 * Use with the {@code postgres} profile, which selects the dialect production uses.
 */
public final class EmbeddedPostgresDatabase {

    public static final String USER = "postgres";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresDatabase() {
    }

    /** Points {@code spring.datasource.*} at a new, empty database. Call from a {@code @DynamicPropertySource}. */
    public static void useFreshDatabase(DynamicPropertyRegistry registry) {
        String url = freshDatabaseUrl();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
    }

    /** A new, empty database, for a test without Spring: its JDBC URL (user {@link #USER}, no password). */
    public static String freshDatabaseUrl() {
        String name = "portal_test_" + DATABASES.incrementAndGet();
        EmbeddedPostgres postgres = server();
        execute(postgres, "create database " + name);
        return postgres.getJdbcUrl(USER, name);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return server;
    }

    private static void execute(EmbeddedPostgres postgres, String sql) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
