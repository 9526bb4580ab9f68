package uk.earlyhelp.portal.crashsafety;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import uk.earlyhelp.mosaic.standin.MosaicStandIn;
import uk.earlyhelp.portal.EarlyHelpPortalApplication;
import uk.earlyhelp.portal.mosaic.Eventually;

/**
 * The portal as its own JVM (the test classpath, as PortalKilledMidDeliveryTest runs it), delivering to a stand-in in
 * this JVM, on a database it is given. {@link #kill()} is kill -9: no shutdown hook, no flush, no closing commit.
 */
final class PortalProcess {

    private static final Duration START_LIMIT = Duration.ofSeconds(360);
    private static final String STARTED = "Started EarlyHelpPortalApplication";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final Path log;
    private final int port;

    private PortalProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static PortalProcess start(Path directory, MosaicStandIn standIn, String name, String... extra)
            throws IOException {
        int port = freePort();
        Path log = directory.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Daxoniq.update-checker.disabled=true",
                "-cp", System.getProperty("java.class.path"), EarlyHelpPortalApplication.class.getName(),
                "--server.port=" + port,
                "--portal.mail.dev-outbox.port=0",
                // a killed portal's claims on the processors' segments lapse sooner than the default 10 s
                "--axon.eventhandling.tokenstore.claim-timeout=2s",
                "--mosaic.delivery.enabled=true",
                "--mosaic.stand-in.enabled=false",
                "--mosaic.client.base-url=" + standIn.baseUri(),
                "--mosaic.client.api-key.value=crash-test-key",
                // "Started" is logged before the application runners seed the demo accounts; readiness follows them.
                "--management.endpoint.health.probes.enabled=true"));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PortalProcess portal = new PortalProcess(process, log, port);
        try {
            Eventually.until(START_LIMIT, () -> !process.isAlive() || portal.log().contains(STARTED) && portal.ready(),
                    () -> "the portal started and is ready; its log:\n" + portal.log());
        } catch (AssertionError tooSlow) {
            process.destroyForcibly(); // no portal left running after the test
            throw tooSlow;
        }
        if (!process.isAlive()) {
            throw new AssertionError("the portal stopped while starting:\n" + portal.log());
        }
        return portal;
    }

    int port() {
        return port;
    }

    /** Readiness (accepting traffic) comes after every application runner, the demo accounts' seeding included. */
    private boolean ready() {
        HttpRequest readiness = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).timeout(Duration.ofSeconds(10)).build();
        try {
            return HTTP.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
