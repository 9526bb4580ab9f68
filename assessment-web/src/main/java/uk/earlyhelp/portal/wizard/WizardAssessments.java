package uk.earlyhelp.portal.wizard;

import java.security.Principal;
import java.util.regex.Pattern;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.AssessmentNotFoundException;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.api.FetchAssessment;
import uk.earlyhelp.assessment.form.FormDefinition;
import uk.earlyhelp.assessment.form.FormDefinitions;

/**
 * Opens an assessment for the wizard, on every request, GET or POST: read from its own events (so
 * the page shows what was just saved) and only for its author. Anyone else is told it does not exist.
 */
@Component
public class WizardAssessments {

    private static final Logger log = LoggerFactory.getLogger(WizardAssessments.class);
    // The ids the domain accepts; anything else cannot be an assessment and is not worth a query (or a log line).
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final QueryGateway queries;
    private final FormDefinitions forms;
    private final AssessmentAuthors authors;

    WizardAssessments(QueryGateway queries, FormDefinitions forms, AssessmentAuthors authors) {
        this.queries = queries;
        this.forms = forms;
        this.authors = authors;
    }

    public OpenAssessment open(String assessmentId, Principal user) {
        if (assessmentId == null || !ID.matcher(assessmentId).matches()) {
            throw new AssessmentNotFound();
        }
        AssessmentView view = fetch(assessmentId);
        refuseUnlessAuthor(assessmentId, view.authorId(), user);
        return new OpenAssessment(view, form(view.formId(), view.formVersion()));
    }

    /**
     * For a save: the author checked and the form version found without reading the assessment, once its author has
     * opened it (the facts are kept from then on). The save's command then reads it, once, and decides.
     */
    public AssessmentToSave toSave(String assessmentId, Principal user) {
        if (assessmentId == null || !ID.matcher(assessmentId).matches()) {
            throw new AssessmentNotFound();
        }
        AssessmentAuthors.Facts facts = authors.get(assessmentId);
        if (facts == null) {
            facts = AssessmentAuthors.Facts.of(fetch(assessmentId));
        }
        refuseUnlessAuthor(assessmentId, facts.authorId(), user);
        return new AssessmentToSave(assessmentId, form(facts.formId(), facts.formVersion()));
    }

    private static void refuseUnlessAuthor(String assessmentId, String authorId, Principal user) {
        if (user == null || !authorId.equals(user.getName())) {
            // Ids only: the user's name is their email address, which is personal data.
            log.warn("Refused wizard access to assessment {}: the signed-in user is not its author", assessmentId);
            throw new AssessmentNotFound();
        }
    }

    private FormDefinition form(String formId, int formVersion) {
        return forms.version(formId, formVersion).orElseThrow(() -> new IllegalStateException(
                "Form " + formId + " version " + formVersion + " is not installed"));
    }

    /**
     * Whether {@code userId} wrote the assessment; false too if it does not exist. Logs nothing: for a save kept
     * after a session ended, where someone else signing in on the same browser is no attempt at anything.
     */
    public boolean authoredBy(String assessmentId, String userId) {
        if (assessmentId == null || !ID.matcher(assessmentId).matches()) {
            return false;
        }
        try {
            return fetch(assessmentId).authorId().equals(userId);
        } catch (AssessmentNotFound notFound) {
            return false;
        }
    }

    private AssessmentView fetch(String assessmentId) {
        try {
            AssessmentView view = queries.query(new FetchAssessment(assessmentId), AssessmentView.class).join();
            authors.remember(view);
            return view;
        } catch (RuntimeException e) {
            // The query bus wraps the handler's exception (CompletionException, QueryExecutionException…).
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof AssessmentNotFoundException) {
                    throw new AssessmentNotFound();
                }
            }
            throw e;
        }
    }
}
