package uk.earlyhelp.portal.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.earlyhelp.portal.EarlyHelpPortalApplication;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.pdf.AssessmentScript;

/**
 * The PostgreSQL drill of docs/operations/backup-and-restore.md, as a file-system backup of a stopped server (the
 * embedded binaries ship no pg_dump): a portal writes a draft and stops; the server stops; its data directory is
 * copied (the backup), deleted (destroyed), copied back (restored) and the server started on it. Every table of the
 * portal's database, event store, token_entry and read models included (as the stopped portal left them), then holds
 * what it held, row for row.
 */
class PostgresColdBackupDrillTest {

    @Test
    void backUpDestroyRestoreAndCompare() throws Exception {
        Path drill = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "pg-backup-drill-").toAbsolutePath();
        Path data = drill.resolve("data");
        String id = "backup-" + UUID.randomUUID();
        Map<String, String> atBackup;
        long events;
        try (EmbeddedPostgres server = start(data)) {
            try (Connection admin = server.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
                statement.execute("create database portal");
            }
            try (ConfigurableApplicationContext portal = portal(server.getJdbcUrl("postgres", "portal"))) {
                for (Object command : new AssessmentScript(id, PortalWebTest.PRACTITIONER).draft()) {
                    portal.getBean(ActingUserCommandGateway.class).send(command, PortalWebTest.PRACTITIONER);
                }
            }
            try (Connection portalDatabase = server.getDatabase("postgres", "portal").getConnection()) {
                atBackup = TableFingerprints.of(portalDatabase, "public");
                events = TableFingerprints.number(portalDatabase, "select count(*) from domain_event_entry where aggregate_identifier = '" + id + "'");
            }
        }
        Path backup = drill.resolve("backup");
        copy(data, backup);
        delete(data);
        assertThat(data).doesNotExist();
        copy(backup, data);

        try (EmbeddedPostgres restored = start(data);
             Connection portalDatabase = restored.getDatabase("postgres", "portal").getConnection()) {
            assertThat(TableFingerprints.of(portalDatabase, "public")).isEqualTo(atBackup);
            long lastEvent = TableFingerprints.number(portalDatabase, "select max(global_index) from domain_event_entry");
            assertThat(TableFingerprints.number(portalDatabase, "select nextval('domain_event_global_index_seq')")).isGreaterThan(lastEvent);
        }
        assertThat(events).as("the draft's events were in the backup").isPositive();
        assertThat(atBackup).containsKeys("domain_event_entry", "token_entry", "my_assessment");
    }

    private static EmbeddedPostgres start(Path data) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
    }

    private static ConfigurableApplicationContext portal(String url) {
        // Arguments, not properties(): those are defaults, below application.yml's own H2 url.
        return new SpringApplicationBuilder(EarlyHelpPortalApplication.class).run(
                "--server.port=0", "--mosaic.stand-in.port=0", "--portal.mail.dev-outbox.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--spring.jpa.database-platform=uk.earlyhelp.portal.eventstore.ByteaPostgreSQLDialect");
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                    // PostgreSQL refuses a data directory others can read
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(file));
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void delete(Path directory) throws Exception {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
