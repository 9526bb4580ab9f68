package uk.earlyhelp.portal.wizard.section;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import uk.earlyhelp.assessment.api.AssessmentRefusedException;
import uk.earlyhelp.assessment.api.FieldError;
import uk.earlyhelp.assessment.api.SaveSection;
import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.portal.assessment.AssessmentCommands;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.WizardMessages;
import uk.earlyhelp.portal.wizard.fields.AnswerProblems;
import uk.earlyhelp.portal.wizard.fields.SectionForm;

/**
 * Saving a section page, the same for the buttons and for autosave: read the inputs, send
 * {@code SaveSection} only if every input could be read, and bring back every problem otherwise.
 */
@Component
class SectionSaving {

    /** What happened to a save; {@code form} keeps what was typed, to show again. */
    record Outcome(SectionForm form, List<FieldError> errors) {
        boolean saved() {
            return errors.isEmpty();
        }
    }

    private final AssessmentCommands commands;
    private final AnswerProblems problems;
    private final WizardMessages messages;

    SectionSaving(AssessmentCommands commands, AnswerProblems problems, WizardMessages messages) {
        this.commands = commands;
        this.problems = problems;
        this.messages = messages;
    }

    Outcome save(OpenAssessment assessment, SectionDefinition section, MultiValueMap<String, String> params, String user) {
        SectionForm form = SectionForm.fromRequest(section.id(), section.fields(), params, messages);
        if (!section.hasQuestions()) {
            return new Outcome(form, List.of()); // a table-only section: its rows were saved one by one
        }
        if (!form.problems().isEmpty()) {
            return new Outcome(form, problems.all(assessment, section.id(), section.fields(), form, false));
        }
        try {
            commands.send(new SaveSection(assessment.id(), section.id(), form.answers()), user);
            return new Outcome(form, List.of());
        } catch (AssessmentRefusedException refused) {
            return new Outcome(form, refused.errors());
        }
    }
}
