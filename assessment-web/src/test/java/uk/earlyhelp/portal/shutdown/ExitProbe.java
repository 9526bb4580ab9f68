package uk.earlyhelp.portal.shutdown;

import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Only in the JVM that {@link PortalProcessExitTest} launches: once the portal has started, sends one query through
 * Axon from {@code main} (which needs Axon's janitor thread, as any command, query or processed event does in
 * production), then closes the context the way an orderly stop does, leaving the JVM to exit by itself.
 */
@Component
@ConditionalOnProperty("exit-probe.enabled")
class ExitProbe {

    static final String JANITOR_STARTED = "exit-probe: axon-janitor running";

    private static final Logger LOG = LoggerFactory.getLogger(ExitProbe.class);

    private final QueryGateway queryGateway;

    ExitProbe(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    record Ping() {
    }

    @QueryHandler
    String answer(Ping ping) {
        return "pong";
    }

    @EventListener(ApplicationReadyEvent.class)
    void exerciseAxonThenClose(ApplicationReadyEvent ready) {
        queryGateway.query(new Ping(), String.class).join();
        if (Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().startsWith("axon-janitor-"))) {
            LOG.info(JANITOR_STARTED);
        }
        // From another thread, so that main() returns first, as it does in a running portal.
        new Thread(() -> SpringApplication.exit(ready.getApplicationContext()), "exit-probe").start();
    }
}
