package uk.earlyhelp.mosaic.standin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for the council's Mosaic integration endpoint: a real HTTP server, on the loopback interface only, with
 * storage of its own. It keeps the delivery contract (docs/mosaic-delivery-contract.md) and, for tests and demos,
 * can be told to be unavailable, slow, to time out or to reject ({@link StandInBehaviour}).
 */
public final class MosaicStandIn implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService workers;
    private final StandInStore store;
    private final StandInSettings settings;
    private final AtomicReference<StandInBehaviour> behaviour = new AtomicReference<>(StandInBehaviour.normal());
    private final AtomicInteger postsReceived = new AtomicInteger();
    private final ObjectMapper json = new ObjectMapper();

    private MosaicStandIn(StandInSettings settings) throws IOException {
        this.settings = settings;
        this.store = new StandInStore(Files.createDirectories(settings.storage()));
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 50);
        // Daemon workers: a request held by SLOW or TIMEOUT never keeps a stopping JVM alive.
        this.workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "mosaic-stand-in");
            thread.setDaemon(true);
            return thread;
        });
        StandInExchanges exchanges = new StandInExchanges(this, json, Clock.systemUTC());
        server.createContext("/early-help-assessments", exchanges::submissions);
        server.createContext("/stand-in/", exchanges::control);
        server.setExecutor(workers);
    }

    /** Starts listening at once; {@link #close()} stops it and closes its storage. */
    public static MosaicStandIn start(StandInSettings settings) {
        try {
            MosaicStandIn standIn = new MosaicStandIn(settings);
            standIn.server.start();
            return standIn;
        } catch (IOException e) {
            throw new IllegalStateException("The Mosaic stand-in cannot listen on port " + settings.port(), e);
        }
    }

    /** The base URL a client is configured with. */
    public URI baseUri() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + "/");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void behave(StandInBehaviour next) {
        behaviour.set(next);
    }

    public StandInBehaviour behaviour() {
        return behaviour.get();
    }

    public StandInStore store() {
        return store;
    }

    /** Every POST of a delivery, whatever was answered: a replay that sends nothing leaves it unchanged. */
    public int postsReceived() {
        return postsReceived.get();
    }

    int countPost() {
        return postsReceived.incrementAndGet();
    }

    boolean authorised(HttpExchange exchange) {
        return settings.apiKey() == null
                || settings.apiKey().equals(exchange.getRequestHeaders().getFirst(settings.apiKeyHeader()));
    }

    Map<String, Object> describe() {
        return Map.of("baseUrl", baseUri().toString(), "storage", settings.storage().toAbsolutePath().toString());
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }
}
