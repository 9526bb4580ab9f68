package uk.earlyhelp.portal.crashsafety;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import uk.earlyhelp.portal.EmbeddedPostgresDatabase;

/**
 * {@link KilledMidLoadContract} on PostgreSQL: a database of its own on the test JVM's one embedded server, which
 * outlives every portal it kills.
 */
class KilledMidLoadOnPostgresTest extends KilledMidLoadContract {

    private String url;

    @Override
    List<String> databaseArguments(Path workingDirectory) {
        url = EmbeddedPostgresDatabase.freshDatabaseUrl();
        return List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + EmbeddedPostgresDatabase.USER, "--spring.datasource.password=",
                "--spring.jpa.database-platform=uk.earlyhelp.portal.eventstore.ByteaPostgreSQLDialect");
    }

    @Override
    Connection connect() throws Exception {
        return DriverManager.getConnection(url, EmbeddedPostgresDatabase.USER, "");
    }
}
