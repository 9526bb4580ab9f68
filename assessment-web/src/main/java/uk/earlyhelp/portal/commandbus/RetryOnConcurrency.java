package uk.earlyhelp.portal.commandbus;

import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a command only when another writer appended to its aggregate first (Axon's {@link ConcurrencyException}:
 * the store refused a second event with the same sequence number). That happens when two portals on one database
 * save the same assessment at once; the retry loads the aggregate again and decides afresh, so neither save is lost.
 * Everything else, a refusal with field messages above all, is answered at once.
 */
final class RetryOnConcurrency implements RetryScheduler {

    private static final Logger log = LoggerFactory.getLogger(RetryOnConcurrency.class);

    private final RetryScheduler retries;

    RetryOnConcurrency(RetryScheduler retries) {
        this.retries = retries;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
        if (!causedByConcurrency(lastFailure)) {
            return false;
        }
        boolean retrying = retries.scheduleRetry(commandMessage, lastFailure, failures, dispatchTask);
        // The command's name only: its payload holds answers about a family.
        log.info("{} lost a race with another writer of its aggregate (attempt {}); {}", commandMessage.getCommandName(),
                failures.size(), retrying ? "retrying" : "giving up");
        return retrying;
    }

    static boolean causedByConcurrency(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
