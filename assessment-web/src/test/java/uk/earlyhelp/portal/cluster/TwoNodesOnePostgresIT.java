package uk.earlyhelp.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import uk.earlyhelp.mosaic.standin.MosaicStandIn;
import uk.earlyhelp.mosaic.standin.StandInBehaviour;
import uk.earlyhelp.mosaic.standin.StandInSettings;
import uk.earlyhelp.mosaic.standin.StoredSubmission;
import uk.earlyhelp.portal.EmbeddedPostgresDatabase;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.benchmark.PractitionerJourney;
import uk.earlyhelp.portal.benchmark.SignedInClient;
import uk.earlyhelp.portal.benchmark.SignedInClient.Timed;
import uk.earlyhelp.portal.mosaic.Eventually;
import uk.earlyhelp.portal.portalprocess.PortalProcess;

/**
 * Two portal nodes (the packaged jar) on one real PostgreSQL, as a county runs them behind a load balancer, with one
 * Mosaic stand-in and one mail server: the checks below run in order on the same database and nodes (issue 14).
 * Segment counts: Axon's pooled default of 16 per processor, 4 for mosaic-delivery; claim timeout 5 s here (10 s by
 * default); heartbeat 1 s (a node is alive for 3), so a killed node is no longer counted when its claims lapse.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesOnePostgresIT {

    private static final String MOSAIC_KEY = "two-nodes-key";
    private static final String SIGNING_KEY = java.util.Base64.getEncoder().encodeToString(
            "two nodes, one signing key: 32 bytes".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    private static final Duration LIMIT = Duration.ofSeconds(120);
    private static final Duration RETRY_EVERY = Duration.ofSeconds(2);
    private static final Pattern JOB_RUNS = Pattern.compile("^portal_jobs_runs_total\\{[^}]*job=\"([^\"]+)\"[^}]*} ([0-9.E]+)$",
            Pattern.MULTILINE);
    // Not read models, or changed by the nodes' own housekeeping while nothing happens: claims, leases, heartbeats,
    // sessions, sign-ins, and Mosaic's dead letters (the parked delivery's, which a replay of the read models keeps).
    private static final Set<String> NOT_READ_MODELS = Set.of("token_entry", "shedlock", "cluster_node", "spring_session",
            "spring_session_attributes", "flyway_schema_history", "dead_letter_entry", "account", "sign_in_attempt",
            "trusted_browser");

    @TempDir
    static Path directory; // static: filled before @BeforeAll
    private String databaseUrl;
    private ClusterDatabase database;
    private MosaicStandIn mosaic;
    private GreenMail mail;
    private PortalProcess a;
    private PortalProcess b;
    private SignedInClient practitioner;
    private String parkedAssessment;
    private int finishedBeforeLoad;
    private java.time.Instant tookOver;

    @BeforeAll
    void twoNodes() throws Exception {
        databaseUrl = EmbeddedPostgresDatabase.freshDatabaseUrl();
        database = new ClusterDatabase(databaseUrl);
        mosaic = MosaicStandIn.start(new StandInSettings(0, directory.resolve("mosaic"), "X-Api-Key", MOSAIC_KEY));
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        a = node("node-a"); // first alone: it creates the schema and the demo accounts
        b = node("node-b");
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (PortalProcess node : Arrays.asList(a, b)) {
            if (node != null) {
                node.close();
            }
        }
        mail.stop();
        mosaic.close();
    }

    @Test
    @Order(1)
    void bothNodesClaimSegmentsOfEveryProcessor() {
        Eventually.until(LIMIT, () -> database.sharedBy(Set.of("node-a", "node-b")),
                () -> "both nodes hold segments of every processor: " + database.segments());
        System.out.printf("TwoNodesOnePostgresIT: segments per processor and node with both up: %s%n", database.segments());
    }

    @Test
    @Order(2)
    void aPractitionerMovedToTheOtherNodeStaysSignedInWithTheSameCsrfToken() throws Exception {
        practitioner = new SignedInClient(a.port());
        practitioner.signIn(PortalWebTest.PRACTITIONER, PortalWebTest.DEMO_PASSWORD);
        Timed pageFromA = practitioner.get("/");
        SignedInClient onB = practitioner.movedTo(b.port());
        Timed started = onB.post("/assessments", pageFromA, "formId", "early-help-assessment");
        assertThat(started.status()).as("a CSRF-protected POST on B with A's page's token").isEqualTo(302);
        String path = started.location().substring(started.location().indexOf("/assessments/"));
        Timed autosaved = onB.post(path + "/sections/outcome/autosave", pageFromA, "outcomeReason", "Typed on B");
        assertThat(autosaved.status()).as("an autosave on B with A's token").isEqualTo(200);
        Timed onA = practitioner.get(path + "/sections/outcome");
        assertThat(onA.status()).as("back on A, still signed in").isEqualTo(200);
        assertThat(onA.body()).contains("Typed on B");
    }

    @Test
    @Order(3)
    void aSaveKeptAfterTheSessionEndedOnOneNodeIsSavedWhenItsAuthorSignsInOnTheOther() throws Exception {
        SignedInClient browser = new SignedInClient(a.port());
        browser.signIn(PortalWebTest.SECOND_PRACTITIONER, PortalWebTest.DEMO_PASSWORD);
        Timed started = browser.post("/assessments", browser.get("/"), "formId", "early-help-assessment");
        String outcome = started.location().substring(started.location().indexOf("/assessments/")) + "/sections/outcome";
        Timed page = browser.get(outcome);
        // The session ends as a time-out ends it: Spring Session's row goes (its clean-up deletes expired ones so).
        // Sessions are indexed by the principal's name, the account id (ADR 0032).
        database.update("delete from spring_session where principal_name = (select id from account where email = '"
                + PortalWebTest.SECOND_PRACTITIONER + "')");
        Timed kept = browser.postFromOurPage(outcome, page, "outcome", "team-around-family", "outcomeReason", "Kept on A, saved on B",
                "wizard-next", "save");
        assertThat(kept.location()).as("the save after the end is kept (HTTP %d)", kept.status()).endsWith("/sign-in?timedOut");

        SignedInClient onB = browser.movedTo(b.port());
        onB.signIn(PortalWebTest.SECOND_PRACTITIONER, PortalWebTest.DEMO_PASSWORD);
        Timed replayed = onB.get(outcome);
        assertThat(replayed.location()).as("the kept save replayed on B").endsWith(outcome);
        Timed shown = onB.get(outcome);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("Kept on A, saved on B");
    }

    @Test
    @Order(4)
    void eachJobRunsOnOneNodeAtATimeMosaicIsTriedOncePerDueRetryAndAdministratorsAreEmailedOnce() throws Exception {
        Map<String, Double> before = jobRuns();
        long window = System.nanoTime();
        mosaic.behave(StandInBehaviour.unavailable());
        int postsBefore = mosaic.postsReceived();
        assertThat(PractitionerJourney.finishOne(practitioner.movedTo(a.port()), PortalWebTest.PRACTITIONER)).isZero();
        Eventually.until(LIMIT, () -> mosaic.postsReceived() > postsBefore, "Mosaic was tried");
        long firstAttempt = System.nanoTime();
        Eventually.until(LIMIT, () -> mosaic.postsReceived() >= postsBefore + 3, "Mosaic was tried again, twice");
        Thread.sleep(4_000);
        int attempts = mosaic.postsReceived() - postsBefore;
        double outage = (System.nanoTime() - firstAttempt) / 1e9;
        // One attempt per due time (every 2 s after the last, rounds every 1 s), not one per node.
        long mostAttempts = 2 + (long) (outage / RETRY_EVERY.toSeconds());
        System.out.printf("TwoNodesOnePostgresIT: Mosaic tried %d times in %.1f s of outage (at most %d, one per due retry)%n",
                attempts, outage, mostAttempts);
        assertThat(attempts).isBetween(3, (int) mostAttempts);

        int administrators = database.count("select count(*) from account where role = 'ADMIN' and status = 'APPROVED'");
        mosaic.behave(StandInBehaviour.reject());
        Eventually.until(LIMIT, () -> parkedMails().size() >= administrators, "administrators told of the parking");
        Thread.sleep(3_000); // a second node sending its own copies would have done so by now
        List<String> told = parkedMails();
        parkedAssessment = told.get(0);
        System.out.printf("TwoNodesOnePostgresIT: %d emails about the parked delivery, %d administrators%n", told.size(),
                administrators);
        assertThat(told).hasSize(administrators).containsOnly(parkedAssessment);
        mosaic.behave(StandInBehaviour.normal());

        Map<String, Double> after = jobRuns();
        double seconds = (System.nanoTime() - window) / 1e9;
        for (String job : List.of("linked-login-expiry", "mosaic-due-retries")) {
            double runs = after.getOrDefault(job, 0.0) - before.getOrDefault(job, 0.0);
            System.out.printf("TwoNodesOnePostgresIT: %s ran %.0f times on both nodes in %.1f s%n", job, runs, seconds);
            assertThat(runs).as("%s runs on both nodes in %.1f s at one a second", job, seconds)
                    .isBetween(1.0, Math.floor(seconds) + 2);
        }
        finishedBeforeLoad = finishedAssessments();
    }

    @Test
    @Order(5)
    void underLoadThroughBothNodesTheSurvivorTakesOverAKilledNodesSegments() throws Exception {
        SignedInClient second = new SignedInClient(b.port());
        second.signIn(PortalWebTest.SECOND_PRACTITIONER, PortalWebTest.DEMO_PASSWORD);
        try (LoadThroughNodes load = new LoadThroughNodes(List.of(a.port(), b.port()), 2)) {
            load.start(practitioner, PortalWebTest.PRACTITIONER, 6);
            load.start(second, PortalWebTest.SECOND_PRACTITIONER, 6);
            Eventually.until(LIMIT, () -> load.finished.get() >= 3, "three assessments finished through both nodes");
            a.kill();
            long killed = System.nanoTime();
            load.nodes.remove(Integer.valueOf(a.port()));
            Eventually.until(LIMIT, () -> database.heldOnlyBy("node-b"),
                    () -> "node-b holds every segment: " + database.segments());
            double takeover = (System.nanoTime() - killed) / 1e9;
            tookOver = java.time.Instant.now();
            load.finish(false);
            System.out.printf("TwoNodesOnePostgresIT: node-b held every segment %.1f s after node-a's kill -9 (claim "
                    + "timeout 5 s); %d journeys finished, %d cut short by the kill%n", takeover, load.finished.get(),
                    load.abandoned.get());
            assertThat(load.wrongAnswers.get()).as("journeys with a request not answered as a browser expects").isZero();
            assertThat(takeover).as("take-over: claim timeout 5 s + Axon's 5 s claim interval, with room for load")
                    .isLessThan(60.0);
        }
    }

    @Test
    @Order(6)
    void theKilledNodeReturnsIsGivenItsShareBackAndFindsThePractitionerSignedIn() throws Exception {
        a.close(); // killed above; never two processes of one name should a check above have failed before the kill
        a = node("node-a");
        long returned = System.nanoTime();
        Eventually.until(LIMIT, () -> database.sharedBy(Set.of("node-a", "node-b")),
                () -> "segments given back to node-a: " + database.segments());
        System.out.printf("TwoNodesOnePostgresIT: every processor shared by both nodes again %.1f s after node-a was "
                + "ready: %s%n", (System.nanoTime() - returned) / 1e9, database.segments());
        assertThat(practitioner.movedTo(a.port()).get("/").status()).as("signed in on the restarted node").isEqualTo(200);
    }

    @Test
    @Order(7)
    void mosaicReceivesEveryFinishedAssessmentExactlyOnce() {
        int finished = finishedAssessments();
        assertThat(finished).isGreaterThan(finishedBeforeLoad);
        Eventually.until(LIMIT, () -> mosaic.store().all().size() >= finished - 1, "every finished assessment delivered");
        List<StoredSubmission> received = mosaic.store().all();
        System.out.printf("TwoNodesOnePostgresIT: Mosaic stored %d of %d finished assessments (1 parked on purpose) from "
                + "%d POSTs%n", received.size(), finished, mosaic.postsReceived());
        // Stored once each (Mosaic keys a delivery by its submission id). Sent again only if the killed node had sent
        // it but not yet recorded its token: at-least-once delivery, made exactly-once by that key, never later.
        assertThat(received).hasSize(finished - 1).extracting(StoredSubmission::submissionId).doesNotHaveDuplicates();
        List<StoredSubmission> sentAgain = received.stream().filter(stored -> stored.deliveries() > 1).toList();
        System.out.printf("TwoNodesOnePostgresIT: %d sent again after the kill (work in flight on node-a): %s%n",
                sentAgain.size(), sentAgain);
        assertThat(sentAgain).allSatisfy(stored -> {
            assertThat(stored.deliveries()).isEqualTo(2);
            assertThat(stored.receivedAt()).as("first received before the take-over").isBefore(tookOver);
        });
        assertThat(received).noneMatch(stored -> stored.submissionId().equals(parkedAssessment));
    }

    @Test
    @Order(8)
    void theReadModelsEqualASingleNodesRebuildFromTheEvents() throws Exception {
        b.stop(); // a clean stop: its claims are released at once
        Eventually.until(LIMIT, () -> database.heldOnlyBy("node-a") && database.processorsAtHead(),
                () -> "node-a alone and at the head: " + database.segments());
        SignedInClient admin = new SignedInClient(a.port());
        admin.signIn("admin@example.org", PortalWebTest.DEMO_PASSWORD);
        Timed page = admin.get("/admin/read-models");
        assertThat(page.status()).isEqualTo(200);
        Map<String, List<String>> builtByTwoNodes = database.rows(NOT_READ_MODELS);
        int replayed = 0;
        for (String processor : database.segments().keySet()) {
            Timed replay = admin.post("/admin/read-models/replay", page, "processor", processor);
            assertThat(replay.status()).isEqualTo(302);
            replayed++;
        }
        Eventually.until(LIMIT, () -> database.processorsAtHead(), () -> "every read model rebuilt: " + database.segments());
        Map<String, List<String>> rebuilt = database.rows(NOT_READ_MODELS);
        System.out.printf("TwoNodesOnePostgresIT: %d processors asked to replay on node-a alone; %d tables compared, %d "
                + "rows%n", replayed, rebuilt.size(), rebuilt.values().stream().mapToInt(List::size).sum());
        assertThat(rebuilt).isEqualTo(builtByTwoNodes);
    }

    private PortalProcess node(String name) throws Exception {
        return PortalProcess.start(PortalProcess.Launch.PACKAGED_JAR, directory, name, mosaic, MOSAIC_KEY, List.of(
                "--portal.cluster.node-name=" + name,
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + EmbeddedPostgresDatabase.USER,
                "--spring.datasource.password=",
                "--spring.jpa.database-platform=uk.earlyhelp.portal.eventstore.ByteaPostgreSQLDialect",
                "--portal.session.store=jdbc",
                "--portal.event-store.cache-aggregates=false",
                "--portal.audit.demo-assessments=false",
                "--portal.mail.dev-outbox.enabled=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.getSmtp().getPort(),
                "--mosaic.delivery.retry.poll-interval=1s",
                "--mosaic.delivery.retry.first-delay=" + RETRY_EVERY.toSeconds() + "s",
                "--mosaic.delivery.retry.max-delay=" + RETRY_EVERY.toSeconds() + "s",
                "--mosaic.delivery.retry.jitter=0",
                "--portal.accounts.linked-expiry.first-sweep-after=1s",
                "--portal.accounts.linked-expiry.sweep-interval=1s",
                "--axon.eventhandling.tokenstore.claim-timeout=5s",
                "--portal.cluster.give-back.enabled=true",
                "--portal.cluster.give-back.heartbeat=1s",
                "--portal.cluster.give-back.release-for=8s",
                // one signing key on every node, as the README asks: row ids and kept-save passes cross nodes
                "--portal.signing.key=" + SIGNING_KEY));
    }

    private int finishedAssessments() {
        return database.count("select count(distinct aggregate_identifier) from domain_event_entry "
                + "where payload_type = 'uk.earlyhelp.assessment.api.AssessmentFinished'");
    }

    /** The assessment id in each email about a parked delivery so far. */
    private List<String> parkedMails() {
        Pattern subject = Pattern.compile("A delivery to Mosaic needs attention \\(assessment (.+)\\)");
        List<String> ids = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            try {
                Matcher about = subject.matcher(message.getSubject());
                if (about.matches()) {
                    ids.add(about.group(1));
                }
            } catch (jakarta.mail.MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }
        return ids;
    }

    /** Both nodes' runs of each job so far, from their Prometheus scrapes (open to this machine). */
    private Map<String, Double> jobRuns() throws Exception {
        Map<String, Double> runs = new HashMap<>();
        for (PortalProcess node : List.of(a, b)) {
            Timed scrape = new SignedInClient(node.port()).get("/actuator/prometheus", "text/plain");
            assertThat(scrape.status()).isEqualTo(200);
            Matcher line = JOB_RUNS.matcher(scrape.body());
            while (line.find()) {
                runs.merge(line.group(1), Double.parseDouble(line.group(2)), Double::sum);
            }
        }
        return runs;
    }
}
