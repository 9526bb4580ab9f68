package uk.earlyhelp.portal.shutdown;

import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.timeout.AxonTaskJanitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts Axon's {@code axon-janitor} thread as a daemon, before anything else can start it.
 * <p>
 * Axon 4.11–4.13.0 times handlers and units of work on {@link AxonTaskJanitor#INSTANCE}, a static single-thread
 * executor that nothing stops. Its thread is created by whichever thread first schedules a timeout (an event
 * processor or {@code main}) and inherits that thread's non-daemon status, so it keeps the JVM alive after the
 * portal's context has closed (AxonFramework issue #4244).
 * <p>
 * Axon 4.13.1 shuts the executor down when its configuration stops instead. That cannot be undone, and the executor
 * is shared by the whole JVM: a Spring test context that is paused (Spring Framework 7 stops inactive cached
 * contexts) or closed takes timeouts away from every other context, whose handlers then fail with
 * {@code RejectedExecutionException} (seen here). A daemon thread leaves the executor usable and never holds the JVM.
 */
@Component
class DaemonAxonJanitor implements ConfigurerModule {

    private static final Logger LOG = LoggerFactory.getLogger(DaemonAxonJanitor.class);

    @Override
    public void configureModule(Configurer configurer) {
        // Runs while Axon's configuration is built, before any handler can schedule a timeout.
        if (!startAsDaemon((ThreadPoolExecutor) AxonTaskJanitor.INSTANCE) && nonDaemonJanitorRunning()) {
            LOG.warn("axon-janitor was started as a non-daemon thread before the portal configured Axon; "
                    + "this JVM may not exit once the portal has stopped");
        }
    }

    /** A new thread inherits daemon status from the thread that creates it, so a daemon thread starts it. */
    static boolean startAsDaemon(ThreadPoolExecutor janitor) {
        AtomicBoolean started = new AtomicBoolean();
        Thread starter = new Thread(() -> started.set(janitor.prestartCoreThread()), "janitor-daemon-starter");
        starter.setDaemon(true);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return started.get();
    }

    private static boolean nonDaemonJanitorRunning() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().startsWith("axon-janitor-") && !thread.isDaemon());
    }
}
