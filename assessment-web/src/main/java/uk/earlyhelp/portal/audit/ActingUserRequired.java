package uk.earlyhelp.portal.audit;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import uk.earlyhelp.assessment.api.ActingUser;

/**
 * Refuses to dispatch a command that does not say who sent it, so no event can reach the store
 * without an actor an auditor can name.
 */
class ActingUserRequired implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Object user = command.getMetaData().get(ActingUser.METADATA_KEY);
            if (!(user instanceof String id) || id.isBlank()) {
                throw new IllegalArgumentException(
                        "Command " + command.getCommandName() + " has no acting user in its metadata");
            }
            return command;
        };
    }
}
