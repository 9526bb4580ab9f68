package uk.earlyhelp.assessment;

import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.axonframework.queryhandling.QueryHandler;
import uk.earlyhelp.assessment.api.AssessmentNotFoundException;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.api.FetchAssessment;

/**
 * Answers "what does this assessment hold now?" from the aggregate itself, so the wizard shows
 * exactly what was just saved: no projection lag between Save and the next page.
 */
public class AssessmentLookup {

    private final Supplier<Repository<Assessment>> repository;

    /** A supplier, because the repository exists only once Axon's configuration has started. */
    public AssessmentLookup(Supplier<Repository<Assessment>> repository) {
        this.repository = repository;
    }

    @QueryHandler
    public AssessmentView handle(FetchAssessment query) {
        try {
            return repository.get().load(query.assessmentId()).invoke(Assessment::state).view();
        } catch (AggregateNotFoundException e) {
            // also AggregateDeletedException, a subclass: a deleted draft is gone for every reader
            throw new AssessmentNotFoundException(query.assessmentId());
        }
    }
}
