package uk.earlyhelp.portal.commandbus;

import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.ActingUser;

/**
 * The one way the portal sends a command (an assessment's, a child record's, a relationship's): always on behalf of a
 * named user, whose id travels in the metadata and is copied onto every event the command causes. A gateway, not a
 * collection of assessment commands, hence its name (issue 18; formerly {@code AssessmentCommands}).
 */
@Component
public class ActingUserCommandGateway {

    private final CommandGateway gateway;

    ActingUserCommandGateway(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /**
     * Sends and waits. A refusal arrives as {@code AssessmentRefusedException} with every problem found.
     */
    public <R> R send(Object command, String actingUserId) {
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(ActingUser.METADATA_KEY, actingUserId)));
    }
}
