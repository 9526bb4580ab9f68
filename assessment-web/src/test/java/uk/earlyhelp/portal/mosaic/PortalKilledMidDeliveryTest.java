package uk.earlyhelp.portal.mosaic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.earlyhelp.assessment.api.DeliveredToMosaic;
import uk.earlyhelp.mosaic.standin.MosaicStandIn;
import uk.earlyhelp.mosaic.standin.StandInBehaviour;
import uk.earlyhelp.mosaic.standin.StandInSettings;
import uk.earlyhelp.mosaic.standin.StoredSubmission;
import uk.earlyhelp.portal.EarlyHelpPortalApplication;

/**
 * The portal process dies (kill -9) while Mosaic is still answering a delivery it has already stored. Restarted on the
 * same database, the portal delivers the assessment again; Mosaic recognises it and the assessment ends up in Mosaic
 * once, with the one reference recorded on it once. The portal runs as its own JVM, the stand-in in this one.
 */
class PortalKilledMidDeliveryTest {

    private static final String API_KEY = "kill-test-key";
    private static final Duration LIMIT = Duration.ofSeconds(150);
    private static final String STARTED = "Started EarlyHelpPortalApplication";

    @TempDir
    Path workingDirectory;

    @Test
    void aPortalKilledWhileADeliveryIsInFlightDeliversItExactlyOnceAfterARestart() throws Exception {
        String id = "a-" + UUID.randomUUID();
        // AUTO_SERVER lets this JVM read the portal's database. WRITE_DELAY=0 makes each commit durable at once, as
        // PostgreSQL's are: by default H2 writes commits out up to half a second later, so a kill -9 can lose the
        // finish itself, which would leave nothing to deliver after the restart.
        String database = "jdbc:h2:file:" + workingDirectory.toAbsolutePath()
                + "/data/early-help-portal;AUTO_SERVER=TRUE;WRITE_DELAY=0";
        try (MosaicStandIn standIn = MosaicStandIn.start(
                new StandInSettings(0, workingDirectory.resolve("stand-in"), "X-Api-Key", API_KEY))) {
            standIn.behave(StandInBehaviour.slow(Duration.ofMinutes(5)));

            Path firstLog = workingDirectory.resolve("first.log");
            Process first = portal(database, standIn, firstLog, "--" + FinishOnStart.PROPERTY + "=" + id);
            try {
                Eventually.until(LIMIT, () -> standIn.store().find(id).isPresent() || !first.isAlive(),
                        () -> "the delivery reached the stand-in; the portal's log:\n" + log(firstLog));
                assertThat(first.isAlive()).as("first portal still running: %s", log(firstLog)).isTrue();
            } finally {
                first.destroyForcibly();
                first.waitFor(30, TimeUnit.SECONDS);
            }
            assertThat(log(firstLog)).doesNotContain("delivered to Mosaic as");

            standIn.behave(StandInBehaviour.normal());
            Path secondLog = workingDirectory.resolve("second.log");
            Process second = portal(database, standIn, secondLog);
            try {
                // Only once the portal holds the database: this JVM must never be the one that opens it.
                Eventually.until(LIMIT, () -> !second.isAlive() || log(secondLog).contains(STARTED),
                        () -> "the restarted portal started; its log:\n" + log(secondLog));
                Eventually.until(LIMIT, () -> !second.isAlive() || !deliveries(database, id).isEmpty(),
                        () -> "the restarted portal recorded the delivery; its log:\n" + log(secondLog));
                assertThat(second.isAlive()).as("second portal still running: %s", log(secondLog)).isTrue();

                StoredSubmission stored = standIn.store().find(id).orElseThrow();
                assertThat(standIn.store().all()).hasSize(1);
                assertThat(stored.deliveries()).as("the killed attempt, then the repeat answered 200").isEqualTo(2);
                assertThat(deliveries(database, id)).singleElement().asString().contains(stored.reference());
            } finally {
                second.destroy();
                if (!second.waitFor(30, TimeUnit.SECONDS)) {
                    second.destroyForcibly();
                }
            }
        }
    }

    private Process portal(String database, MosaicStandIn standIn, Path log, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                // C1 only: a portal that starts sooner; nothing here runs long enough to need C2.
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                EarlyHelpPortalApplication.class.getName(),
                "--server.port=0",
                // The killed portal's claims on the processors' segments lapse sooner than the default 10 s.
                "--axon.eventhandling.tokenstore.claim-timeout=2s",
                "--spring.datasource.url=" + database,
                "--mosaic.delivery.enabled=true",
                "--mosaic.stand-in.enabled=false",
                "--mosaic.client.base-url=" + standIn.baseUri(),
                "--mosaic.client.api-key.value=" + API_KEY));
        command.addAll(List.of(extra));
        return new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The DeliveredToMosaic events stored for the assessment, as JSON, read while the portal holds the database. */
    private static List<String> deliveries(String database, String id) {
        // IFEXISTS: connects to the portal's database through the portal (AUTO_SERVER), never creates one here.
        try (Connection connection = DriverManager.getConnection(database + ";IFEXISTS=TRUE", "sa", "");
             PreparedStatement query = connection.prepareStatement("select payload from domain_event_entry "
                     + "where aggregate_identifier = ? and payload_type = ?")) {
            query.setString(1, id);
            query.setString(2, DeliveredToMosaic.class.getName());
            List<String> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new String(rows.getBytes(1), StandardCharsets.UTF_8));
                }
            }
            return found;
        } catch (SQLException notYetThere) {
            return List.of(); // not readable this moment: ask again
        }
    }

    private static String log(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
