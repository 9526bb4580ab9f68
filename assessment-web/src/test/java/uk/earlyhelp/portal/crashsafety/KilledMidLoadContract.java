package uk.earlyhelp.portal.crashsafety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.earlyhelp.mosaic.standin.MosaicStandIn;
import uk.earlyhelp.mosaic.standin.StandInSettings;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.benchmark.SignedInClient;
import uk.earlyhelp.portal.benchmark.SignedInClient.Timed;
import uk.earlyhelp.portal.mosaic.Eventually;
import uk.earlyhelp.portal.personaldata.OpenedEventPayloads;
import uk.earlyhelp.portal.portalprocess.PortalProcess;

/**
 * A portal process on a database of the subclass's, killed with kill -9 (destroyForcibly) three times in the middle of concurrent
 * autosaves while an assessment finished at each start is being delivered to Mosaic (the stand-in, a real HTTP server
 * in this JVM), then started a fourth time on the same data. Every save it acknowledged (200) is in the event store,
 * no save it refused (422, too long) is; every processor's token reaches the event store's head; Mosaic holds each
 * finished assessment exactly once.
 */
abstract class KilledMidLoadContract {

    private static final String API_KEY = "crash-test-key";
    private static final Duration LIMIT = Duration.ofSeconds(240);
    private static final String FIELD = "outcomeReason";
    private static final Pattern TOKEN_INDEX = Pattern.compile("\"index\"\\s*:\\s*(\\d+)");

    @TempDir
    Path workingDirectory;

    /** The portal's arguments that point it at the database (the same for each of its four runs). */
    abstract List<String> databaseArguments(Path workingDirectory);

    /** A connection of this JVM's to that database, opened only while a portal holds it (H2's AUTO_SERVER). */
    abstract Connection connect() throws Exception;

    private record Save(String assessmentId, String answer, int status) {
    }

    @Test
    void threeKillsMidLoadLoseNoAcknowledgedSaveAndDeliverEachFinishedAssessmentOnce() throws Exception {
        String[] database = databaseArguments(workingDirectory).toArray(String[]::new);
        Queue<Save> saves = new ConcurrentLinkedQueue<>();
        List<String> finished = new ArrayList<>();
        try (MosaicStandIn standIn = MosaicStandIn.start(
                new StandInSettings(0, workingDirectory.resolve("stand-in"), "X-Api-Key", API_KEY))) {
            for (int kill = 1; kill <= 3; kill++) {
                String finish = "crash-" + kill + "-" + UUID.randomUUID();
                PortalProcess portal = start(standIn, "run-" + kill, with(database, "--mosaic-kill-test.finish=" + finish));
                load(portal, kill, saves, Duration.ofSeconds(4));
                // Finished only if the portal said so before it died; a finish cut short may or may not be delivered.
                if (portal.log().contains("finish-on-start: finished " + finish)) {
                    finished.add(finish);
                }
            }
            PortalProcess last = start(standIn, "after-kills", database);
            try {
                Eventually.until(LIMIT, () -> finished.stream().allMatch(id -> standIn.store().find(id).isPresent()),
                        () -> "every finished assessment reached Mosaic; " + last.log());
                Eventually.until(LIMIT, () -> processorsAtHead(), () -> "every processor caught up; " + last.log());

                List<String> stored = storedPayloads();
                assertThat(finished).as("assessments finished before a kill").isNotEmpty();
                assertThat(saves).as("saves cut short by a kill").anyMatch(save -> save.status() < 0);
                List<Save> acknowledged = saves.stream().filter(save -> save.status() == 200).toList();
                assertThat(acknowledged).as("saves acknowledged across the three runs").hasSizeGreaterThan(3);
                assertThat(acknowledged).allSatisfy(save -> assertThat(stored.stream()
                        .anyMatch(payload -> payload.contains(save.answer()))).as(save.toString()).isTrue());
                List<Save> refused = saves.stream().filter(save -> save.status() >= 400).toList();
                System.out.printf("%s: 3 kills, %d saves sent, %d acknowledged, %d refused, %d unanswered; %d finished%n",
                        getClass().getSimpleName(), saves.size(), acknowledged.size(), refused.size(),
                        saves.stream().filter(save -> save.status() < 0).count(), finished.size());
                assertThat(refused).allSatisfy(save -> assertThat(stored.stream()
                        .noneMatch(payload -> payload.contains(save.answer()))).as(save.toString()).isTrue());
                for (String id : finished) {
                    assertThat(standIn.store().all().stream().filter(s -> s.submissionId().equals(id))).hasSize(1);
                }
            } finally {
                last.stop();
            }
        }
    }

    private PortalProcess start(MosaicStandIn standIn, String name, String... arguments) throws IOException {
        List<String> all = new ArrayList<>(List.of(arguments));
        // a killed portal's claims on the processors' segments lapse sooner than the default 10 s
        all.add("--axon.eventhandling.tokenstore.claim-timeout=2s");
        return PortalProcess.start(PortalProcess.Launch.TEST_CLASSPATH, workingDirectory, name, standIn, API_KEY, all);
    }

    /**
     * Four threads autosaving distinct answers to two assessments (every fifth one too long, so refused) and, after
     * {@code length}, kill -9 while they are still sending; they stop once the portal is gone.
     */
    private static void load(PortalProcess portal, int run, Queue<Save> saves, Duration length) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            SignedInClient browser = new SignedInClient(portal.port());
            browser.signIn(PortalWebTest.PRACTITIONER, PortalWebTest.DEMO_PASSWORD);
            List<String> assessments = List.of(start(browser), start(browser));
            Timed page = browser.get("/");
            Instant end = Instant.now().plus(length).plusSeconds(3);
            for (int thread = 0; thread < 4; thread++) {
                int t = thread;
                threads.submit(() -> {
                    for (int n = 0; Instant.now().isBefore(end) && n < 500; n++) {
                        String id = assessments.get(n % 2);
                        String marker = "run " + run + " thread " + t + " save " + n + " " + UUID.randomUUID();
                        String answer = n % 5 == 4 ? marker + "x".repeat(4001) : marker; // maxLength 4000
                        try {
                            Timed saved = browser.post("/assessments/" + id + "/sections/outcome/autosave", page, FIELD, answer);
                            saves.add(new Save(id, marker, saved.status()));
                        } catch (IOException | InterruptedException unanswered) {
                            saves.add(new Save(id, marker, -1)); // neither acknowledged nor refused: either is allowed
                            break; // the portal is gone
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(length.toMillis());
        } finally {
            portal.kill();
            threads.shutdown();
            threads.awaitTermination(120, TimeUnit.SECONDS);
        }
    }

    private static String start(SignedInClient browser) throws Exception {
        Timed started = browser.post("/assessments", browser.get("/"), "formId", "early-help-assessment");
        assertThat(started.status()).as("starting an assessment").isEqualTo(302);
        return started.location().substring(started.location().indexOf("/assessments/") + "/assessments/".length());
    }

    private static String[] with(String[] arguments, String more) {
        String[] all = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        all[arguments.length] = more;
        return all;
    }

    /** Opened as the portal reads them: personal data is sealed in the store (ADR 0026). */
    private List<String> storedPayloads() throws Exception {
        try (Connection connection = connect()) {
            return OpenedEventPayloads.of(connection, workingDirectory);
        }
    }

    /** Every segment of every processor has a token at or past the highest global index stored. */
    private boolean processorsAtHead() {
        try (Connection connection = connect();
             Statement statement = connection.createStatement()) {
            long head;
            try (ResultSet max = statement.executeQuery("select max(global_index) from domain_event_entry")) {
                max.next();
                head = max.getLong(1);
            }
            try (ResultSet tokens = statement.executeQuery("select processor_name, token from token_entry")) {
                int seen = 0;
                while (tokens.next()) {
                    seen++;
                    byte[] token = tokens.getBytes(2);
                    Matcher index = TOKEN_INDEX.matcher(token == null ? "" : new String(token, StandardCharsets.UTF_8));
                    long position = -1;
                    while (index.find()) {
                        position = Math.max(position, Long.parseLong(index.group(1)));
                    }
                    if (position < head) {
                        return false;
                    }
                }
                return seen > 0;
            }
        } catch (Exception notReadableYet) {
            return false;
        }
    }
}
