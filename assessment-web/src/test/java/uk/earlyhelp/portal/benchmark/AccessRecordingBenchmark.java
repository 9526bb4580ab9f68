package uk.earlyhelp.portal.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import uk.earlyhelp.assessment.api.FinishAssessment;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.audit.access.AccessLog;
import uk.earlyhelp.portal.eventstore.CommandScript;

/**
 * What recording a read costs a page (issue 16, item 2; ADR 0021): a section page of the wizard and the PDF download
 * over HTTP, each timed with the read recorded and without, alternately (which goes first alternates too), in one
 * portal, one request at a time, after a warm-up; and the record alone ({@code AccessLog.recordRead}, in process).
 * The access log holds what earlier rounds wrote, so it grows through the run as in production.
 * <p>
 * From the repository root: {@code mvn -q -pl assessment-web -am -Pbenchmark -DskipTests verify
 * -Dbenchmark.main=AccessRecordingBenchmark} ({@code -Dbenchmark.databases=h2} or {@code postgres};
 * {@code benchmark.requests} per kind and {@code benchmark.warmup-requests}).
 */
public final class AccessRecordingBenchmark {

    private static final String AUTHOR = "practitioner@example.org";
    private static final String PASSWORD = "early-help-demo-2026";

    private AccessRecordingBenchmark() {
    }

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        List<String> databases = args.length == 0 || args[0].isBlank() ? List.of() : Arrays.asList(args[0].split(","));
        List<String> spring = new ArrayList<>(List.of("--mosaic.delivery.enabled=false", "--mosaic.stand-in.enabled=false",
                "--portal.audit.demo-assessments=false",
                "--spring.main.sources=" + SwitchableRecording.class.getName()));
        System.exit(BenchmarkPortal.onEach(databases, spring, AccessRecordingBenchmark::run));
    }

    private static void run(String database, ConfigurableApplicationContext portal) throws Exception {
        int requests = Integer.getInteger("benchmark.requests", 500);
        int warmUp = Integer.getInteger("benchmark.warmup-requests", 200);
        System.out.printf("machine: %d cores (%s); load average %s%n", Runtime.getRuntime().availableProcessors(),
                MachineLoad.cpuModel(), MachineLoad.loadAverage());
        SwitchableRecording.SwitchableAccessLog log =
                (SwitchableRecording.SwitchableAccessLog) portal.getBean(AccessLog.class);
        ActingUserCommandGateway commands = portal.getBean(ActingUserCommandGateway.class);
        String id = "bench-" + UUID.randomUUID();
        String author = portal.getBean(uk.earlyhelp.portal.account.Accounts.class).findByEmail(AUTHOR).orElseThrow().id();
        CommandScript.commandsAs(id, author).stream().filter(command -> !(command instanceof FinishAssessment))
                .forEach(command -> commands.send(command, author));
        SignedInClient client = new SignedInClient(BenchmarkPortal.port(portal));
        client.signIn(AUTHOR, PASSWORD);
        String section = "/assessments/" + id + "/sections/outcome";
        String pdf = "/assessments/" + id + "/pdf";
        List<Latencies> kinds = List.of(new Latencies("section page, recorded", requests),
                new Latencies("section page, not recorded", requests), new Latencies("PDF, recorded", requests),
                new Latencies("PDF, not recorded", requests), new Latencies("the record alone (in process)", requests));
        for (int i = 0; i < warmUp + requests; i++) {
            boolean recordedFirst = i % 2 == 0;
            SignedInClient.Timed[] pages = new SignedInClient.Timed[4];
            for (boolean recorded : recordedFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
                log.recording(recorded);
                pages[recorded ? 0 : 1] = ok(client.get(section), "outcomeReason");
                pages[recorded ? 2 : 3] = ok(client.get(pdf), "%PDF-");
            }
            log.recording(true);
            long start = System.nanoTime();
            log.recordRead(AUTHOR, "WIZARD_SECTION", id, "section outcome");
            SignedInClient.Timed alone = new SignedInClient.Timed(200, "", System.nanoTime() - start, Double.NaN,
                    Double.NaN, "");
            if (i >= warmUp) {
                for (int k = 0; k < 4; k++) kinds.get(k).add(pages[k]);
                kinds.get(4).add(alone);
            }
        }
        System.out.printf("%s: %d warm-up rounds, then %d of each, one at a time; access log now %,d entries;"
                + " load average after %s%n", database, warmUp, requests, log.size(), MachineLoad.loadAverage());
        System.out.println(Latencies.HEADING);
        kinds.forEach(kind -> System.out.println(kind.row()));
    }

    private static SignedInClient.Timed ok(SignedInClient.Timed page, String expected) {
        if (page.status() != 200 || !page.body().contains(expected)) {
            throw new AssertionError("HTTP " + page.status() + ", expected '" + expected + "' in the answer");
        }
        return page;
    }
}
