package uk.earlyhelp.portal.wizard.section;

import java.security.Principal;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import uk.earlyhelp.assessment.api.AssessmentRefusedException;
import uk.earlyhelp.assessment.api.FieldError;
import uk.earlyhelp.assessment.api.SaveSection;
import uk.earlyhelp.assessment.api.SectionSaveOutcome;
import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.wizard.AssessmentNotFound;
import uk.earlyhelp.portal.wizard.AssessmentToSave;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.WizardAssessments;
import uk.earlyhelp.portal.wizard.WizardMessages;
import uk.earlyhelp.portal.wizard.conflict.PendingConflicts;
import uk.earlyhelp.portal.wizard.conflict.SaveBase;
import uk.earlyhelp.portal.wizard.fields.AnswerProblems;
import uk.earlyhelp.portal.wizard.fields.SectionForm;

/**
 * Saving a section page, the same for the buttons and for autosave: read the inputs, send
 * {@code SaveSection} only if every input could be read, and bring back every problem otherwise.
 * A save that goes through reads the assessment once, inside its command (ADR 0015); only a save that cannot go
 * through opens the whole assessment, to show its problems. A save carries the version and page it was based on
 * ({@link SaveBase}); the assessment merges it with other tabs' saves and hands back true conflicts (ADR 0023).
 */
@Component
class SectionSaving {

    /**
     * What happened to a save; {@code form} keeps what was typed, to show again; {@code submitted}: too late to save;
     * {@code conflicted}: another tab changed some of the same answers since this page was drawn, and what this page
     * typed for them is kept for the conflict page (the rest was saved or merged).
     */
    record Outcome(SectionForm form, List<FieldError> errors, boolean submitted, boolean conflicted) {
        Outcome(SectionForm form, List<FieldError> errors, boolean submitted) {
            this(form, errors, submitted, false);
        }

        boolean saved() {
            return errors.isEmpty() && !submitted && !conflicted;
        }
    }

    private final ActingUserCommandGateway commands;
    private final WizardAssessments assessments;
    private final AnswerProblems problems;
    private final WizardMessages messages;
    private final PendingConflicts conflicts;

    SectionSaving(ActingUserCommandGateway commands, WizardAssessments assessments, AnswerProblems problems,
                  WizardMessages messages, PendingConflicts conflicts) {
        this.commands = commands;
        this.assessments = assessments;
        this.problems = problems;
        this.messages = messages;
        this.conflicts = conflicts;
    }

    Outcome save(AssessmentToSave assessment, SectionDefinition section, MultiValueMap<String, String> params, Principal user) {
        SectionForm form = SectionForm.fromRequest(section.id(), section.fields(), params, messages);
        if (!section.hasQuestions()) {
            return new Outcome(form, List.of(), false); // a table-only section: its rows were saved one by one
        }
        if (!form.problems().isEmpty()) {
            OpenAssessment opened = assessments.open(assessment.id(), user);
            return opened.finished() ? new Outcome(form, List.of(), true)
                    : new Outcome(form, problems.all(opened, section.id(), section.fields(), form, false), false);
        }
        try {
            SaveBase base = SaveBase.posted(params);
            SectionSaveOutcome saved = commands.send(new SaveSection(assessment.id(), section.id(), form.answers(),
                    base.version(), base.page()), user.getName());
            if (saved.conflicted()) conflicts.keep(assessment.id(), section.id(), saved);
            return new Outcome(form, List.of(), false, saved.conflicted());
        } catch (AssessmentRefusedException refused) {
            return new Outcome(form, refused.errors(), assessments.open(assessment.id(), user).finished());
        } catch (AggregateNotFoundException deleted) {
            throw new AssessmentNotFound(); // a draft deleted (in another tab) since this page was opened
        }
    }
}
