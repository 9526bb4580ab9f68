package uk.earlyhelp.mosaic.standin;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the stand-in on its own, e.g. for a portal on PostgreSQL in a test environment:
 * {@code --port=8089 --storage=./data/mosaic-stand-in --api-key=... --api-key-header=X-Api-Key}. Stops on Ctrl-C.
 */
public final class StandInMain {

    private StandInMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        StandInSettings settings = new StandInSettings(
                Integer.parseInt(options.getOrDefault("port", "8089")),
                Path.of(options.getOrDefault("storage", "./data/mosaic-stand-in")),
                options.getOrDefault("api-key-header", "X-Api-Key"),
                options.getOrDefault("api-key", "stand-in-key"));
        MosaicStandIn standIn = MosaicStandIn.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            standIn.close();
            stopped.countDown();
        }, "mosaic-stand-in-stop"));
        System.out.println("Mosaic stand-in listening on " + standIn.baseUri() + " (storage " + settings.storage() + ")");
        stopped.await();
    }
}
