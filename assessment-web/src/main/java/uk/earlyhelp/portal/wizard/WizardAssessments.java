package uk.earlyhelp.portal.wizard;

import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.AssessmentNotFoundException;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.api.FetchAssessment;
import uk.earlyhelp.assessment.api.SafeId;
import uk.earlyhelp.assessment.form.FormDefinition;
import uk.earlyhelp.assessment.form.FormDefinitions;
import uk.earlyhelp.portal.readpath.DomainQueries;

/**
 * The wizard's one way into an assessment, and its one author check: only its author reaches it; anyone else, and any
 * id that is not an assessment's, is told it does not exist. A page ({@link #open}) reads the assessment from its own
 * events (so it shows what was just saved); a save ({@link #toSave}) reads nothing, its command does (ADR 0015, 0030).
 */
@Component
public class WizardAssessments {

    private static final Logger log = LoggerFactory.getLogger(WizardAssessments.class);

    private final DomainQueries queries;
    private final FormDefinitions forms;
    private final AssessmentAuthors authors;

    WizardAssessments(DomainQueries queries, FormDefinitions forms, AssessmentAuthors authors) {
        this.queries = queries;
        this.forms = forms;
        this.authors = authors;
    }

    public OpenAssessment open(String assessmentId, Principal user) {
        AssessmentView view = fetch(safe(assessmentId));
        refuseUnlessAuthor(assessmentId, AssessmentAuthors.Facts.of(view), user);
        return new OpenAssessment(view, form(view.formId(), view.formVersion()));
    }

    /**
     * For a save: the author checked and the form version found without reading the assessment, once its author has
     * opened it (the facts are kept from then on). The save's command then reads it, once, and decides.
     */
    public AssessmentToSave toSave(String assessmentId, Principal user) {
        AssessmentAuthors.Facts facts = facts(safe(assessmentId));
        refuseUnlessAuthor(assessmentId, facts, user);
        return new AssessmentToSave(assessmentId, form(facts.formId(), facts.formVersion()));
    }

    /**
     * Whether {@code userId} wrote the assessment; false too if it does not exist. Logs nothing: for a save kept
     * after a session ended, where someone else signing in on the same browser is no attempt at anything.
     */
    public boolean authoredBy(String assessmentId, String userId) {
        try {
            return facts(safe(assessmentId)).writtenBy(userId);
        } catch (AssessmentNotFound notFound) {
            return false;
        }
    }

    private static String safe(String assessmentId) {
        if (!SafeId.isSafe(assessmentId)) {
            throw new AssessmentNotFound(); // cannot be an assessment: not worth a query, nor a log line
        }
        return assessmentId;
    }

    private AssessmentAuthors.Facts facts(String assessmentId) {
        AssessmentAuthors.Facts facts = authors.get(assessmentId);
        return facts != null ? facts : AssessmentAuthors.Facts.of(fetch(assessmentId));
    }

    private static void refuseUnlessAuthor(String assessmentId, AssessmentAuthors.Facts facts, Principal user) {
        if (user == null || !facts.writtenBy(user.getName())) {
            // Ids only: the user's name is their email address, which is personal data.
            log.warn("Refused wizard access to assessment {}: the signed-in user is not its author", assessmentId);
            throw new AssessmentNotFound();
        }
    }

    private FormDefinition form(String formId, int formVersion) {
        return forms.version(formId, formVersion).orElseThrow(() -> new IllegalStateException(
                "Form " + formId + " version " + formVersion + " is not installed"));
    }

    private AssessmentView fetch(String assessmentId) {
        AssessmentView view = queries.find(new FetchAssessment(assessmentId), AssessmentView.class,
                AssessmentNotFoundException.class).orElseThrow(AssessmentNotFound::new);
        authors.remember(view);
        return view;
    }
}
