package uk.earlyhelp.portal.audit.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.form.FieldDefinition;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.WizardMessages;
import uk.earlyhelp.portal.wizard.fields.AnswerText;

/**
 * The answers one event changed, question by question, as "Changed 'Consent given by' from 'Mother' to 'Mother and
 * father'": the form's labels and option labels (never codes), dates as dd/mm/yyyy, family members by name, each value
 * read in the state it belonged to (the old one before the event, the new one after).
 */
@Component
class AnswerChanges {

    private final AnswerText text;
    private final WizardMessages messages;

    AnswerChanges(AnswerText text, WizardMessages messages) {
        this.text = text;
        this.messages = messages;
    }

    List<String> between(List<FieldDefinition> fields, Map<String, List<String>> old, OpenAssessment before,
                         Map<String, List<String>> now, OpenAssessment after) {
        List<String> lines = new ArrayList<>();
        for (FieldDefinition field : fields) {
            List<String> was = old.getOrDefault(field.id(), List.of());
            List<String> is = now.getOrDefault(field.id(), List.of());
            if (was.equals(is)) continue;
            String wasText = words(before, field, was);
            String isText = words(after, field, is);
            if (was.isEmpty()) {
                lines.add(messages.text("audit.change.answered", field.label(), isText));
            } else if (is.isEmpty()) {
                lines.add(messages.text("audit.change.cleared", field.label(), wasText));
            } else {
                lines.add(messages.text("audit.change.changed", field.label(), wasText, isText));
            }
        }
        return lines;
    }

    /** Every answer of a row as it was added (or removed): "'Name': 'Mary Smith'". */
    List<String> values(List<FieldDefinition> fields, Map<String, List<String>> values, OpenAssessment in) {
        List<String> lines = new ArrayList<>();
        for (FieldDefinition field : fields) {
            List<String> answer = values.getOrDefault(field.id(), List.of());
            if (!answer.isEmpty()) lines.add(messages.text("audit.change.value", field.label(), words(in, field, answer)));
        }
        return lines;
    }

    private String words(OpenAssessment in, FieldDefinition field, List<String> values) {
        return String.join(", ", text.lines(in.form(), field, values, in.familyMemberNames()).stream()
                .map(String::strip).filter(line -> !line.isEmpty()).toList());
    }
}
