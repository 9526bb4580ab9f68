package uk.earlyhelp.portal.wizard.conflict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.form.FieldDefinition;
import uk.earlyhelp.assessment.form.FieldType;
import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.fields.AnswerText;

/**
 * The answers still in conflict, in the section's order: this tab's kept text against what is stored now. One the
 * other tab has since brought to the same answer is no conflict any more and is left out.
 */
@Component
class ConflictRows {

    private final AnswerText text;

    ConflictRows(AnswerText text) {
        this.text = text;
    }

    List<ConflictRow> of(OpenAssessment assessment, SectionDefinition section, Map<String, List<String>> mine) {
        Map<String, List<String>> stored = assessment.filled().answers(section.id());
        List<ConflictRow> rows = new ArrayList<>();
        for (FieldDefinition field : section.fields()) {
            if (!mine.containsKey(field.id())) continue;
            List<String> ours = mine.get(field.id());
            List<String> theirs = stored.getOrDefault(field.id(), List.of());
            if (ours.equals(theirs)) continue;
            rows.add(new ConflictRow(field.id(), field.label(), lines(assessment, field, ours), lines(assessment, field, theirs),
                    field.type() == FieldType.TEXT, String.join("\n", ours), null, null, null));
        }
        return rows;
    }

    private List<String> lines(OpenAssessment assessment, FieldDefinition field, List<String> values) {
        return text.lines(assessment.form(), field, values, assessment.familyMemberNames());
    }
}
