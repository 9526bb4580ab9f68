package uk.earlyhelp.relationship;

import java.util.List;
import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.axonframework.queryhandling.QueryHandler;
import uk.earlyhelp.relationship.api.FetchProfessionalRelationships;
import uk.earlyhelp.relationship.api.ProfessionalRelationshipsView;

/**
 * Answers "which children is this practitioner linked to now, and what have they asked for that is still pending?"
 * from their own events, so that a link the coordinator has just ended opens nothing, not even for the moment a
 * projection takes to catch up.
 */
public class ProfessionalRelationshipsLookup {

    private final Supplier<Repository<ProfessionalRelationships>> repository;

    public ProfessionalRelationshipsLookup(Supplier<Repository<ProfessionalRelationships>> repository) {
        this.repository = repository;
    }

    @QueryHandler
    public ProfessionalRelationshipsView handle(FetchProfessionalRelationships query) {
        try {
            return repository.get().load(query.practitionerId()).invoke(ProfessionalRelationships::view);
        } catch (AggregateNotFoundException neverAskedForAnyLink) {
            return new ProfessionalRelationshipsView(query.practitionerId(), List.of(), List.of());
        }
    }
}
