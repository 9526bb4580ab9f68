package uk.earlyhelp.relationship;

import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.axonframework.queryhandling.QueryHandler;
import uk.earlyhelp.relationship.api.ChildNotFoundException;
import uk.earlyhelp.relationship.api.ChildRecord;
import uk.earlyhelp.relationship.api.FetchChildRecord;

/**
 * Answers "what does this child record hold, and in which locality?" from the aggregate itself: access to a child is
 * decided on that, never on a projection that may lag behind.
 */
public class ChildLookup {

    private final Supplier<Repository<Child>> repository;

    /** A supplier, because the repository exists only once Axon's configuration has started. */
    public ChildLookup(Supplier<Repository<Child>> repository) {
        this.repository = repository;
    }

    @QueryHandler
    public ChildRecord handle(FetchChildRecord query) {
        try {
            return repository.get().load(query.childId()).invoke(Child::record);
        } catch (AggregateNotFoundException e) {
            throw new ChildNotFoundException(query.childId());
        }
    }
}
