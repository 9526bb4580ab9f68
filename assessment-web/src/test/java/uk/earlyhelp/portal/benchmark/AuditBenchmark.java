package uk.earlyhelp.portal.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.earlyhelp.assessment.api.AddFamilyMember;
import uk.earlyhelp.assessment.api.SaveSection;
import uk.earlyhelp.assessment.api.StartAssessment;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.audit.AuditPaths;

/**
 * The auditors' pages over HTTP on the embedded default (H2 file) and on PostgreSQL ({@link BenchmarkPortal}): an assessment with 2,000 events (a start, a family
 * member, then saves that each change the outcome's reason), its timeline (first page, and the page holding event
 * 1,000) and the as-at view at event 1,000; and Find over a caseload seeded like DashboardBenchmark's (every author's
 * assessments, newest first, by part of a name). One signed-in auditor, one request at a time, after a warm-up; each
 * page is also recorded in the access log, as in production.
 * <p>
 * From the repository root: {@code mvn -q -pl assessment-web -am -Pbenchmark -DskipTests verify
 * -Dbenchmark.main=AuditBenchmark} (add {@code -Dbenchmark.databases=h2} or {@code postgres} for one only);
 * {@code benchmark.events} (2,000), {@code benchmark.assessments} (10,000),
 * {@code benchmark.requests} (200 per kind) and {@code benchmark.warmup-requests}, from the profile's properties.
 */
public final class AuditBenchmark {

    private static final String AUTHOR = "practitioner@example.org";
    private static final String AUDITOR = "auditor@example.org";
    private static final String PASSWORD = "early-help-demo-2026";
    private static final List<String> SEARCHES = List.of("smi", "JONES", "Tay", "pAT", "khan");

    private AuditBenchmark() {
    }

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        int events = Integer.getInteger("benchmark.events", 2000);
        int assessments = Integer.getInteger("benchmark.assessments", 10_000);
        int requests = Integer.getInteger("benchmark.requests", 200);
        int warmUp = Integer.getInteger("benchmark.warmup-requests", 50);
        List<String> databases = new ArrayList<>();
        // The portal as the embedded default runs it, minus what would call out or add data of its own.
        List<String> springArguments = new ArrayList<>(List.of("--mosaic.delivery.enabled=false",
                "--mosaic.stand-in.enabled=false", "--portal.audit.demo-assessments=false"));
        for (String word : Arrays.stream(args).flatMap(arg -> Arrays.stream(arg.split("[,\\s]+")))
                .filter(word -> !word.isBlank()).toList()) {
            if (word.startsWith("--")) {
                springArguments.add(word);
            } else {
                databases.add(word.toLowerCase(Locale.ROOT));
            }
        }
        System.exit(BenchmarkPortal.onEach(databases, springArguments,
                (database, context) -> run(context, events, assessments, requests, warmUp)));
    }

    private static void run(ConfigurableApplicationContext context, int events, int assessments, int requests,
                            int warmUp) throws Exception {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("machine: %d cores (%s), max heap %d MiB, java %s; jvm args %s; load average %s%n",
                runtime.availableProcessors(), MachineLoad.cpuModel(), runtime.maxMemory() / (1024 * 1024),
                System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getInputArguments(),
                MachineLoad.loadAverage());
        ActingUserCommandGateway commands = context.getBean(ActingUserCommandGateway.class);
        String id = "bench-" + UUID.randomUUID();
        long start = System.nanoTime();
        commands.send(new StartAssessment(id, "early-help-assessment", AUTHOR), AUTHOR);
        commands.send(new AddFamilyMember(id, "m1", Map.of("name", List.of("Mary Smith"), "dateOfBirth",
                List.of("1990-05-09"), "gender", List.of("female"), "relationship", List.of("mother"),
                "ethnicity", List.of("white-british"))), AUTHOR);
        for (int save = 2; save < events; save++) {
            commands.send(new SaveSection(id, "outcome", Map.of("outcome", List.of("team-around-family"),
                    "outcomeReason", List.of("Reason, version " + save))), AUTHOR);
        }
        System.out.printf("one assessment of %d events in %.1f s%n", events, (System.nanoTime() - start) / 1e9);
        CaseloadSeed seed = new CaseloadSeed(commands, AUTHOR, LocalDate.now(context.getBean(Clock.class)));
        start = System.nanoTime();
        seed.seed(assessments, Math.max(1, assessments / 50), 2);
        System.out.printf("caseload: %d assessments, %d commands in %.1f s%n", assessments, seed.commandsSent(),
                (System.nanoTime() - start) / 1e9);
        System.out.printf("audit-assessment-search caught up %.1f s after the last command%n",
                new ProjectionLag(context, "audit-assessment-search").await());

        SignedInClient client = new SignedInClient(((WebServerApplicationContext) context).getWebServer().getPort());
        client.signIn(AUDITOR, PASSWORD);
        int middle = events / 2;
        List<Latencies> kinds = List.of(new Latencies("timeline, page 1 (100 events)", requests),
                new Latencies("timeline, page with event " + middle, requests),
                new Latencies("as at event " + middle + " of " + events, requests),
                new Latencies("find (part of a name)", requests));
        for (int i = 0; i < warmUp + requests; i++) {
            List<SignedInClient.Timed> timed = new ArrayList<>(List.of(
                    ok(client.get(AuditPaths.assessment(id)), "Started the assessment"),
                    ok(client.get(AuditPaths.timelineRow(id, middle).replaceFirst("#.*", "")), "event-" + middle),
                    ok(client.get(AuditPaths.asAt(id, middle)), String.format(Locale.UK, "after event %,d of %,d", middle, events)),
                    ok(client.get("/audit?" + SignedInClient.query("name", SEARCHES.get(i % SEARCHES.size()))), "found")));
            if (i >= warmUp) {
                for (int k = 0; k < kinds.size(); k++) kinds.get(k).add(timed.get(k));
            }
        }
        System.out.printf("%d warm-up rounds, then %d of each, one at a time; load average after %s%n", warmUp, requests,
                MachineLoad.loadAverage());
        System.out.println(Latencies.HEADING);
        kinds.forEach(kind -> System.out.println(kind.row()));
    }

    private static SignedInClient.Timed ok(SignedInClient.Timed page, String expected) {
        if (page.status() != 200 || !page.body().contains(expected)) {
            throw new AssertionError("HTTP " + page.status() + ", expected '" + expected + "' on the page");
        }
        return page;
    }
}
