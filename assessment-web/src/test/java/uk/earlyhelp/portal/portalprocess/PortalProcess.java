package uk.earlyhelp.portal.portalprocess;

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
 * One portal in a JVM of its own, delivering to a Mosaic stand-in in the test's JVM, with its log in a file. It is
 * ready when {@code /actuator/health/readiness} says so: "Started" is logged before the application runners seed the
 * demo accounts, readiness after them. {@link #kill()} is kill -9: no shutdown hook, no released claim, no flush.
 */
public final class PortalProcess implements AutoCloseable {

    /** What runs: the jar the README runs (failsafe's {@code portal.jar}), or the test classpath (surefire's tests). */
    public enum Launch { PACKAGED_JAR, TEST_CLASSPATH }

    private static final Duration START_LIMIT = Duration.ofSeconds(360);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;

    private PortalProcess(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the portal and waits until it is ready; {@code arguments} are the test's own Spring arguments. */
    public static PortalProcess start(Launch launch, Path directory, String name, MosaicStandIn standIn, String mosaicKey,
                                      List<String> arguments) throws IOException {
        int port = freePort();
        Files.createDirectories(directory);
        Path log = directory.resolve(name + "-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Daxoniq.update-checker.disabled=true"));
        command.addAll(launch == Launch.PACKAGED_JAR ? List.of("-jar", System.getProperty("portal.jar"))
                : List.of("-cp", System.getProperty("java.class.path"), EarlyHelpPortalApplication.class.getName()));
        command.addAll(List.of("--server.port=" + port,
                "--portal.mail.dev-outbox.port=0",
                "--mosaic.delivery.enabled=true",
                "--mosaic.stand-in.enabled=false",
                "--mosaic.client.base-url=" + standIn.baseUri(),
                "--mosaic.client.api-key.value=" + mosaicKey));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PortalProcess portal = new PortalProcess(name, process, log, port);
        try {
            Eventually.until(START_LIMIT, () -> !process.isAlive() || portal.ready(),
                    () -> name + " is ready; its log:\n" + portal.log());
        } catch (AssertionError tooSlow) {
            process.destroyForcibly(); // no portal left running after the test
            throw tooSlow;
        }
        if (!process.isAlive()) {
            throw new AssertionError(name + " stopped while starting:\n" + portal.log());
        }
        return portal;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    private boolean ready() {
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(10)).build();
        try {
            return HTTP.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code kill -9}. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as a service manager stops it; kill -9 if it has not stopped within 30 s. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
