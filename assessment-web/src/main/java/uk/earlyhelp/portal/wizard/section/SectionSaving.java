package uk.earlyhelp.portal.wizard.section;

import java.security.Principal;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import uk.earlyhelp.assessment.api.AssessmentRefusedException;
import uk.earlyhelp.assessment.api.FieldError;
import uk.earlyhelp.assessment.api.SaveSection;
import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.portal.assessment.AssessmentCommands;
import uk.earlyhelp.portal.wizard.AssessmentNotFound;
import uk.earlyhelp.portal.wizard.AssessmentToSave;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.WizardAssessments;
import uk.earlyhelp.portal.wizard.WizardMessages;
import uk.earlyhelp.portal.wizard.fields.AnswerProblems;
import uk.earlyhelp.portal.wizard.fields.SectionForm;

/**
 * Saving a section page, the same for the buttons and for autosave: read the inputs, send
 * {@code SaveSection} only if every input could be read, and bring back every problem otherwise.
 * A save that goes through reads the assessment once, inside its command (ADR 0015); only a save that cannot go
 * through opens the whole assessment, to show its problems.
 */
@Component
class SectionSaving {

    /** What happened to a save; {@code form} keeps what was typed, to show again; {@code submitted}: too late to save. */
    record Outcome(SectionForm form, List<FieldError> errors, boolean submitted) {
        boolean saved() {
            return errors.isEmpty() && !submitted;
        }
    }

    private final AssessmentCommands commands;
    private final WizardAssessments assessments;
    private final AnswerProblems problems;
    private final WizardMessages messages;

    SectionSaving(AssessmentCommands commands, WizardAssessments assessments, AnswerProblems problems,
                  WizardMessages messages) {
        this.commands = commands;
        this.assessments = assessments;
        this.problems = problems;
        this.messages = messages;
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
            commands.send(new SaveSection(assessment.id(), section.id(), form.answers()), user.getName());
            return new Outcome(form, List.of(), false);
        } catch (AssessmentRefusedException refused) {
            return new Outcome(form, refused.errors(), assessments.open(assessment.id(), user).finished());
        } catch (AggregateNotFoundException deleted) {
            throw new AssessmentNotFound(); // a draft deleted (in another tab) since this page was opened
        }
    }
}
