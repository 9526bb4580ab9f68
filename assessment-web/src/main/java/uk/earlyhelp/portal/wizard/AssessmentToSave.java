package uk.earlyhelp.portal.wizard;

import java.util.Optional;
import uk.earlyhelp.assessment.form.FormDefinition;
import uk.earlyhelp.assessment.form.SectionDefinition;

/**
 * An assessment its author is saving into: only what never changes after it was started (its id and form version),
 * so a save needs no read of the assessment before its command. The command itself decides on the current state.
 */
public record AssessmentToSave(String id, FormDefinition form) {

    public SectionDefinition section(String sectionId) {
        return form.section(sectionId).orElseThrow(AssessmentNotFound::new);
    }

    public Optional<SectionDefinition> next(SectionDefinition section) {
        int at = form.sections().indexOf(section);
        return at + 1 < form.sections().size() ? Optional.of(form.sections().get(at + 1)) : Optional.empty();
    }
}
