package uk.earlyhelp.portal.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A PostgreSQL server of the benchmark's own, durable as production (fsync, synchronous commit), with an empty
 * database {@code benchmark}; the portal's settings for it, without the {@code postgres} profile (whose only other
 * differences are its Mosaic settings and that it has no demo accounts), its dialect set as that profile sets it.
 */
final class DurablePostgres {

    private DurablePostgres() {
    }

    static EmbeddedPostgres start() throws IOException, SQLException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database benchmark");
        }
        return postgres;
    }

    static Map<String, Object> portalProperties(EmbeddedPostgres postgres) {
        return Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", "benchmark"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "spring.jpa.database-platform", "uk.earlyhelp.portal.eventstore.ByteaPostgreSQLDialect");
    }
}
