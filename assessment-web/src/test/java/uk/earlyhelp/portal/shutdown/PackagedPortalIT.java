package uk.earlyhelp.portal.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as the README says, on the embedded default: it starts with only its own
 * dependencies (the test classpath can hide a missing one), creates its H2 database under ./data,
 * answers HTTP, and stops promptly on SIGTERM.
 */
class PackagedPortalIT {

    @TempDir
    Path workingDirectory;

    @Test
    void thePackagedPortalStartsOnTheEmbeddedDefaultAnswersAndStopsOnSigterm() throws Exception {
        int port = freePort();
        Path log = workingDirectory.resolve("portal.log");
        ProcessBuilder command = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("portal.jar"), "--server.port=" + port,
                // the Mosaic stand-in too on a free port: a developer's running portal may hold its usual one
                "--mosaic.stand-in.port=0",
                // and the local mail outbox's SMTP server (3025 by default)
                "--portal.mail.dev-outbox.port=0"))
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        command.environment().remove("AXONIQ_UPDATE_CHECKER_DISABLED");
        Process portal = command.start();
        try {
            int status = firstHttpStatus(port, portal, Duration.ofSeconds(90));
            String output = Files.readString(log);
            assertThat(status).as("HTTP status of / (a page, or a sign-in redirect or challenge): %s", output)
                    .isBetween(200, 499);
            assertThat(workingDirectory.resolve("data/early-help-portal.mv.db")).exists();
            assertThat(output).doesNotContain("will be checked for updates", "Reporting anonymous usage data");

            portal.destroy(); // SIGTERM, as a service manager stops it
            assertThat(portal.waitFor(30, TimeUnit.SECONDS)).as(Files.readString(log)).isTrue();
        } finally {
            portal.destroyForcibly();
        }
    }

    private static int firstHttpStatus(int port, Process portal, Duration limit) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).GET().build();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline) && portal.isAlive()) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException notYetListening) {
                Thread.sleep(500);
            }
        }
        return -1;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
