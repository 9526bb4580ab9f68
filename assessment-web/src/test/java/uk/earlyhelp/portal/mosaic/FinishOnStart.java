package uk.earlyhelp.portal.mosaic;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.eventstore.CommandScript;

/**
 * Only in the portal JVM that {@link PortalKilledMidDeliveryTest} launches: once started, finishes a complete
 * assessment with the given id, as its practitioner would, so that a delivery begins inside that JVM.
 */
@Component
@ConditionalOnProperty(FinishOnStart.PROPERTY)
class FinishOnStart {

    static final String PROPERTY = "mosaic-kill-test.finish";

    private static final Logger LOG = LoggerFactory.getLogger(FinishOnStart.class);

    private final ActingUserCommandGateway commands;
    private final String assessmentId;

    FinishOnStart(ActingUserCommandGateway commands, @Value("${" + PROPERTY + "}") String assessmentId) {
        this.commands = commands;
        this.assessmentId = assessmentId;
    }

    @EventListener(ApplicationReadyEvent.class)
    void finish() {
        for (Object command : CommandScript.commands(assessmentId)) {
            commands.send(command, CommandScript.AUTHOR);
        }
        LOG.info("finish-on-start: finished {}", assessmentId);
    }
}
