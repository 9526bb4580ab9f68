package uk.earlyhelp.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.earlyhelp.mosaic.standin.MosaicStandIn;
import uk.earlyhelp.mosaic.standin.StandInSettings;
import uk.earlyhelp.mosaic.standin.StoredSubmission;
import uk.earlyhelp.portal.EmbeddedPostgresDatabase;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.benchmark.PractitionerJourney;
import uk.earlyhelp.portal.benchmark.SignedInClient;
import uk.earlyhelp.portal.benchmark.SignedInClient.Timed;

/**
 * Two portal processes (the packaged jar) on one real PostgreSQL, as a county runs them behind a load balancer: a
 * practitioner signed in on one node is moved to the other and posts there with the first node's CSRF token; both
 * nodes claim segments of the event processors; each scheduled job runs on one node per interval; one node is killed
 * ({@code kill -9}) in the middle of the work, the other takes its segments over, and Mosaic gets every finished
 * assessment once; the killed node comes back and the practitioner's session is still signed in there.
 * <p>
 * Not yet part of {@code mvn verify} (its name matches no failsafe pattern): written in issue 14's session, where the
 * machine ran at a load of 20 to 30 on 2 cores and a node took 100 s to more than 5 minutes to start, it has not yet
 * been seen passing. Run it on its own, after {@code package}:
 * {@code mvn -B -ntp -pl assessment-web -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=TwoNodesOnePostgresScenario}; once green on a quiet machine, rename it to {@code ...IT}.
 */
class TwoNodesOnePostgresScenario {

    private static final String MOSAIC_KEY = "two-nodes-key";
    private static final Duration START_LIMIT = Duration.ofSeconds(300);
    private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(60);
    private static final Pattern JOB_RUNS = Pattern.compile("^portal_jobs_runs_total\\{[^}]*job=\"([^\"]+)\"[^}]*} ([0-9.E]+)$",
            Pattern.MULTILINE);

    @TempDir
    Path directory;

    @Test
    void sessionsFollowThePractitionerJobsRunOnceAndTheSurvivorTakesOverAKilledNodesSegments() throws Exception {
        long testStarted = System.nanoTime();
        String database = EmbeddedPostgresDatabase.freshDatabaseUrl();
        try (MosaicStandIn mosaic = MosaicStandIn.start(new StandInSettings(0, directory.resolve("mosaic"), "X-Api-Key",
                MOSAIC_KEY))) {
            // One after the other: the first creates the schema and the demo accounts.
            PortalNode a = PortalNode.start("node-a", database, mosaic.baseUri(), MOSAIC_KEY, directory)
                    .awaitAnswering(START_LIMIT);
            PortalNode b = PortalNode.start("node-b", database, mosaic.baseUri(), MOSAIC_KEY, directory)
                    .awaitAnswering(START_LIMIT);
            PortalNode restartedA = null;
            try {
                // Sessions: signed in on A; the next request (with A's page's CSRF token) goes to B.
                SignedInClient onA = new SignedInClient(a.port);
                onA.signIn(PortalWebTest.PRACTITIONER, PortalWebTest.DEMO_PASSWORD);
                Timed pageFromA = onA.get("/");
                SignedInClient onB = onA.movedTo(b.port);
                Timed started = onB.post("/assessments", pageFromA, "formId", "early-help-assessment");
                assertThat(started.status()).as("a CSRF-protected POST on B with A's token").isEqualTo(302);
                assertThat(started.location()).contains("/assessments/");
                String startedPath = started.location().substring(started.location().indexOf("/assessments/"));
                assertThat(onB.get(startedPath).status()).as("still signed in on B").isEqualTo(200);
                assertThat(onA.get(startedPath).status()).as("and back on A").isEqualTo(200);

                // Both nodes process events: each owns segments.
                until(Duration.ofSeconds(60), () -> owners(database).keySet().containsAll(List.of("node-a", "node-b")));

                // Jobs: every second on each node, one run per second between them (a lease each).
                Map<String, Double> before = add(jobRuns(onA), jobRuns(onB));
                long window = System.nanoTime();
                Thread.sleep(6_000);
                Map<String, Double> after = add(jobRuns(onA), jobRuns(onB));
                double seconds = (System.nanoTime() - window) / 1e9;
                for (String job : List.of("linked-login-expiry", "mosaic-due-retries")) {
                    double runs = after.getOrDefault(job, 0.0) - before.getOrDefault(job, 0.0);
                    System.out.printf("TwoNodesOnePostgresScenario: %s ran %.0f times on both nodes in %.1f s%n", job, runs,
                            seconds);
                    assertThat(runs).as("%s runs on both nodes in %.1f s at one a second", job, seconds)
                            .isBetween(1.0, Math.floor(seconds) + 2);
                }

                // Load through both nodes, then A is killed and the rest goes through B.
                int finished = 0;
                for (int i = 0; i < 4; i++) {
                    assertThat(PractitionerJourney.finishOne(i % 2 == 0 ? onA : onB, PortalWebTest.PRACTITIONER))
                            .as("requests not answered as expected").isZero();
                    finished++;
                }
                a.kill();
                long killed = System.nanoTime();
                for (int i = 0; i < 3; i++) {
                    assertThat(PractitionerJourney.finishOne(onB, PortalWebTest.PRACTITIONER)).isZero();
                    finished++;
                }
                until(TAKEOVER_LIMIT, () -> owners(database).keySet().equals(java.util.Set.of("node-b"))
                        && !owners(database).get("node-b").isEmpty());
                double takeover = (System.nanoTime() - killed) / 1e9;
                System.out.printf("TwoNodesOnePostgresScenario: node-b owned every segment %.1f s after node-a was killed "
                        + "(claim timeout 5 s)%n", takeover);

                // Mosaic: every finished assessment once (the stand-in keys deliveries by submission id).
                int expected = finished;
                until(Duration.ofSeconds(90), () -> mosaic.store().all().size() >= expected);
                List<StoredSubmission> received = mosaic.store().all();
                assertThat(received).hasSize(expected);
                System.out.printf("TwoNodesOnePostgresScenario: Mosaic stored %d submissions from %d POSTs%n", received.size(),
                        mosaic.postsReceived());

                // The read model agrees: every assessment of the practitioner's that was finished shows its reference.
                until(Duration.ofSeconds(60), () -> deliveredInReadModel(database) == expected);

                // A comes back: the practitioner's session (in the database) is still signed in there.
                restartedA = PortalNode.start("node-a", database, mosaic.baseUri(), MOSAIC_KEY, directory)
                        .awaitAnswering(START_LIMIT);
                assertThat(onA.movedTo(restartedA.port).get(startedPath).status())
                        .as("signed in on the restarted node").isEqualTo(200);
                Thread.sleep(8_000);
                System.out.printf("TwoNodesOnePostgresScenario: segments by owner 8 s after node-a's restart: %s%n",
                        counts(owners(database)));
            } finally {
                b.close();
                a.close();
                if (restartedA != null) {
                    restartedA.close();
                }
            }
        }
        System.out.printf("TwoNodesOnePostgresScenario: %.1f s in all%n", (System.nanoTime() - testStarted) / 1e9);
    }

    /** Each owner's claimed segments, as processor/segment; unclaimed ones are left out. */
    private static Map<String, List<String>> owners(String database) {
        Map<String, List<String>> owners = new HashMap<>();
        query(database, "select owner, processor_name, segment from token_entry where owner is not null", row ->
                owners.computeIfAbsent(row.getString(1), owner -> new ArrayList<>())
                        .add(row.getString(2) + "/" + row.getInt(3)));
        return owners;
    }

    private static int deliveredInReadModel(String database) {
        int[] count = {0};
        query(database, "select count(*) from my_assessment where mosaic_reference is not null",
                row -> count[0] = row.getInt(1));
        return count[0];
    }

    private static Map<String, Integer> counts(Map<String, List<String>> owners) {
        Map<String, Integer> counts = new HashMap<>();
        owners.forEach((owner, segments) -> counts.put(owner, segments.size()));
        return counts;
    }

    private interface Row {
        void accept(ResultSet row) throws java.sql.SQLException;
    }

    private static void query(String database, String sql, Row each) {
        try (Connection connection = DriverManager.getConnection(database, EmbeddedPostgresDatabase.USER, "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                each.accept(rows);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** This node's runs of each job so far, from its Prometheus scrape (open to this machine). */
    private static Map<String, Double> jobRuns(SignedInClient node) throws Exception {
        Timed scrape = node.get("/actuator/prometheus", "text/plain");
        assertThat(scrape.status()).isEqualTo(200);
        Map<String, Double> runs = new HashMap<>();
        Matcher line = JOB_RUNS.matcher(scrape.body());
        while (line.find()) {
            runs.merge(line.group(1), Double.parseDouble(line.group(2)), Double::sum);
        }
        return runs;
    }

    private static Map<String, Double> add(Map<String, Double> one, Map<String, Double> other) {
        Map<String, Double> sum = new HashMap<>(one);
        other.forEach((job, runs) -> sum.merge(job, runs, Double::sum));
        return sum;
    }

    private static void until(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("not so within %s", limit).isLessThan(deadline);
            Thread.sleep(250);
        }
    }
}
