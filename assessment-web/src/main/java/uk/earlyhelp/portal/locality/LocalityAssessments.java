package uk.earlyhelp.portal.locality;

import java.util.Optional;
import java.util.regex.Pattern;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.AssessmentNotFoundException;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.api.FetchAssessment;
import uk.earlyhelp.assessment.form.FormDefinitions;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.portal.security.Role;
import uk.earlyhelp.portal.wizard.OpenAssessment;

/**
 * The submitted assessments a coordinator may read: those whose author's account belongs to the coordinator's
 * locality. A draft, another locality's assessment, an unknown reference and anyone who is not a coordinator all find
 * nothing, alike, so the answer never says whether an assessment exists.
 */
@Component
public class LocalityAssessments {

    // The ids the domain accepts; anything else cannot be an assessment and is not worth a query.
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final QueryGateway queries;
    private final Accounts accounts;
    private final FormDefinitions forms;

    LocalityAssessments(QueryGateway queries, Accounts accounts, FormDefinitions forms) {
        this.queries = queries;
        this.accounts = accounts;
        this.forms = forms;
    }

    /** @param reference as typed or as in the address: surrounding spaces are ignored */
    public Optional<OpenAssessment> open(String reference, PortalUser user) {
        String id = reference == null ? "" : reference.strip();
        if (!ID.matcher(id).matches() || !isCoordinator(user) || user.getLocality() == null) {
            return Optional.empty();
        }
        return fetch(id).filter(AssessmentView::finished)
                .filter(view -> accounts.findById(view.authorId())
                        .map(author -> user.getLocality().equals(author.locality())).orElse(false))
                .flatMap(view -> forms.version(view.formId(), view.formVersion())
                        .map(form -> new OpenAssessment(view, form)));
    }

    private static boolean isCoordinator(PortalUser user) {
        return user != null && user.getAuthorities().contains(Role.COORDINATOR.authority());
    }

    private Optional<AssessmentView> fetch(String id) {
        try {
            return Optional.of(queries.query(new FetchAssessment(id), AssessmentView.class).join());
        } catch (RuntimeException e) {
            // The query bus wraps the handler's exception (CompletionException, QueryExecutionException…).
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof AssessmentNotFoundException) {
                    return Optional.empty();
                }
            }
            throw e;
        }
    }
}
