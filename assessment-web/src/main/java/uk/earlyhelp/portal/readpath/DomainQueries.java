package uk.earlyhelp.portal.readpath;

import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Asks a query and waits. A handler's "not found" reaches the caller wrapped (CompletionException,
 * QueryExecutionException, sometimes both): it is found among the causes and answered as empty; any other failure
 * is thrown as it came.
 */
@Component
public class DomainQueries {

    private final QueryGateway queries;

    DomainQueries(QueryGateway queries) {
        this.queries = queries;
    }

    public <R> Optional<R> find(Object query, Class<R> answer, Class<? extends Throwable> notFound) {
        try {
            return Optional.of(queries.query(query, answer).join());
        } catch (RuntimeException e) {
            if (causedBy(e, notFound)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Whether {@code failure} or any of its causes is of the given type. */
    public static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
