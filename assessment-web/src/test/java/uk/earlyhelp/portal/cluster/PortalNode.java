package uk.earlyhelp.portal.cluster;

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
import java.util.ArrayList;
import java.util.List;
import uk.earlyhelp.portal.EmbeddedPostgresDatabase;

/**
 * One portal node: the packaged jar in a JVM of its own, on the embedded default's demo accounts but on a shared
 * PostgreSQL database, with sessions in it, delivering to the test's Mosaic stand-in, and its jobs every second.
 */
final class PortalNode implements AutoCloseable {

    final String name;
    final int port;
    private final Path log;
    private final Process process;

    private PortalNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static PortalNode start(String name, String databaseUrl, URI mosaic, String mosaicKey, Path directory)
            throws IOException {
        int port = freePort();
        Files.createDirectories(directory);
        Path log = directory.resolve(name + "-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Daxoniq.update-checker.disabled=true",
                "-jar", System.getProperty("portal.jar"),
                "--server.port=" + port,
                "--portal.cluster.node-name=" + name,
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + EmbeddedPostgresDatabase.USER,
                "--spring.datasource.password=",
                "--spring.jpa.database-platform=uk.earlyhelp.portal.eventstore.ByteaPostgreSQLDialect",
                "--portal.session.store=jdbc",
                "--portal.event-store.cache-aggregates=false",
                "--portal.audit.demo-assessments=false",
                "--portal.mail.dev-outbox.port=0",
                "--mosaic.stand-in.enabled=false",
                "--mosaic.client.base-url=" + mosaic,
                "--mosaic.client.api-key.value=" + mosaicKey,
                "--mosaic.delivery.retry.poll-interval=1s",
                "--portal.accounts.linked-expiry.first-sweep-after=1s",
                "--portal.accounts.linked-expiry.sweep-interval=1s",
                "--axon.eventhandling.tokenstore.claim-timeout=5s"));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new PortalNode(name, port, log, process);
    }

    /** Waits for the first HTTP answer (any status): the node has started. */
    PortalNode awaitAnswering(Duration limit) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sign-in")).GET().build();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                client.send(request, HttpResponse.BodyHandlers.discarding());
                return this;
            } catch (IOException notYetListening) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError(name + " did not answer within " + limit + ": " + output());
    }

    /** {@code kill -9}: no shutdown hook, no released claim, no finished request. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String output() throws IOException {
        return Files.readString(log);
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
