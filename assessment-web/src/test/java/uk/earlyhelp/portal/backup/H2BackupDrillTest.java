package uk.earlyhelp.portal.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.tools.DeleteDbFiles;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.pdf.AssessmentScript;

/**
 * The H2 drill of docs/operations/backup-and-restore.md. The running portal is backed up online ({@code BACKUP TO});
 * that copy, opened on its own, stands for the database at backup time. It is then backed up the logical way
 * ({@code SCRIPT TO}), destroyed (its files deleted), restored ({@code RUNSCRIPT FROM}) into a new database at the
 * same place, and compared with what it held: every table (event store, snapshots, token_entry, read models,
 * accounts) row for row, and the global-index sequence past the last event, so the next save cannot collide.
 */
class H2BackupDrillTest extends PortalWebTest {

    private static final String DATABASE = "early-help-portal";

    @Autowired
    DataSource portalDatabase;
    @Autowired
    ActingUserCommandGateway commands;

    @Test
    void backUpDestroyRestoreAndCompare() throws Exception {
        String id = "backup-" + UUID.randomUUID();
        for (Object command : new AssessmentScript(id, accountIdOf(PRACTITIONER)).draft()) {
            commands.send(command, PRACTITIONER);
        }
        Path drill = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "backup-drill-").toAbsolutePath();
        Path online = drill.resolve("online.zip");
        long eventsWhenBackedUp;
        try (Connection live = portalDatabase.getConnection(); Statement statement = live.createStatement()) {
            eventsWhenBackedUp = TableFingerprints.number(live, eventsOf(id));
            statement.execute("backup to '" + online + "'");
        }
        Path restored = Files.createDirectories(drill.resolve("database"));
        Restore.execute(online.toString(), restored.toString(), DATABASE);
        String url = "jdbc:h2:file:" + restored.resolve(DATABASE);

        Map<String, String> atBackup;
        long eventsOfTheAssessment;
        Path script = drill.resolve("early-help-portal.sql.gz");
        try (Connection original = DriverManager.getConnection(url, "sa", "")) {
            atBackup = TableFingerprints.of(original, "PUBLIC");
            eventsOfTheAssessment = TableFingerprints.number(original, eventsOf(id));
            try (Statement statement = original.createStatement()) {
                statement.execute("script to '" + script + "' compression gzip");
            }
        }
        DeleteDbFiles.execute(restored.toString(), DATABASE, false);
        assertThat(restored.resolve(DATABASE + ".mv.db")).doesNotExist();

        try (Connection fresh = DriverManager.getConnection(url, "sa", "")) {
            try (Statement statement = fresh.createStatement()) {
                statement.execute("runscript from '" + script + "' compression gzip");
            }
            assertThat(TableFingerprints.of(fresh, "PUBLIC")).isEqualTo(atBackup);
            long lastEvent = TableFingerprints.number(fresh, "select max(global_index) from domain_event_entry");
            assertThat(TableFingerprints.number(fresh, "select next value for domain_event_global_index_seq")).isGreaterThan(lastEvent);
        }
        assertThat(eventsOfTheAssessment).as("the draft's events were in the backup").isPositive()
                .isEqualTo(eventsWhenBackedUp);
        assertThat(atBackup).containsKeys("domain_event_entry", "snapshot_event_entry", "token_entry", "my_assessment");
    }

    private static String eventsOf(String id) {
        return "select count(*) from domain_event_entry where aggregate_identifier = '" + id + "'";
    }
}
