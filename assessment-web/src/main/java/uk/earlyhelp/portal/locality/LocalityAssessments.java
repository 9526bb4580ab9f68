package uk.earlyhelp.portal.locality;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.AssessmentNotFoundException;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.api.FetchAssessment;
import uk.earlyhelp.assessment.api.SafeId;
import uk.earlyhelp.assessment.form.FormDefinitions;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.readpath.DomainQueries;
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

    private final DomainQueries queries;
    private final Accounts accounts;
    private final FormDefinitions forms;

    LocalityAssessments(DomainQueries queries, Accounts accounts, FormDefinitions forms) {
        this.queries = queries;
        this.accounts = accounts;
        this.forms = forms;
    }

    /** @param reference as typed or as in the address: surrounding spaces are ignored */
    public Optional<OpenAssessment> open(String reference, PortalUser user) {
        String id = reference == null ? "" : reference.strip();
        if (!SafeId.isSafe(id) || !isCoordinator(user) || user.getLocality() == null) {
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
        return queries.find(new FetchAssessment(id), AssessmentView.class, AssessmentNotFoundException.class);
    }
}
