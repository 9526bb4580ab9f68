package uk.earlyhelp.portal.cluster;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import uk.earlyhelp.portal.benchmark.PractitionerJourney;
import uk.earlyhelp.portal.benchmark.SignedInClient;

/**
 * Practitioners finishing assessments one after another, each journey through the next of the nodes still in
 * {@link #nodes} (a load balancer's round robin, the session cookie carried along). A journey cut short by a killed
 * node is counted as abandoned (it may or may not have finished); one that answered every request as a browser expects
 * is counted as finished. Bounded: stops after {@code journeys} each, or when told.
 */
final class LoadThroughNodes implements AutoCloseable {

    final List<Integer> nodes = new CopyOnWriteArrayList<>();
    final AtomicInteger finished = new AtomicInteger();
    final AtomicInteger abandoned = new AtomicInteger();
    final AtomicInteger wrongAnswers = new AtomicInteger();
    private final ExecutorService threads;
    private final List<Future<?>> running = new CopyOnWriteArrayList<>();
    private volatile boolean stopping;

    LoadThroughNodes(List<Integer> nodes, int practitioners) {
        this.nodes.addAll(nodes);
        this.threads = Executors.newFixedThreadPool(practitioners);
    }

    void start(SignedInClient signedIn, String practitioner, int journeys) {
        running.add(threads.submit(() -> {
            SignedInClient browser = signedIn;
            for (int i = 0; i < journeys && !stopping; i++) {
                browser = browser.movedTo(nodes.get(i % nodes.size()));
                try {
                    int wrong = PractitionerJourney.finishOne(browser, practitioner);
                    (wrong == 0 ? finished : wrongAnswers).incrementAndGet();
                } catch (IOException nodeGone) {
                    abandoned.incrementAndGet();
                }
            }
            return null;
        }));
    }

    /** Waits for every practitioner's last journey (they stop early once told to). */
    void finish(boolean early) throws Exception {
        stopping = early;
        for (Future<?> practitioner : running) {
            practitioner.get(300, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
