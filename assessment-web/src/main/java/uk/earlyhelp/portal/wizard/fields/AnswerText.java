package uk.earlyhelp.portal.wizard.fields;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.form.FieldDefinition;
import uk.earlyhelp.assessment.form.FormDefinition;
import uk.earlyhelp.assessment.form.Option;
import uk.earlyhelp.portal.wizard.WizardMessages;

/**
 * Answers as people read them: option labels instead of stored codes, dates as dd/mm/yyyy,
 * family members by name. One line per value (and per line of a narrative answer).
 */
@Component
public class AnswerText {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final WizardMessages messages;

    AnswerText(WizardMessages messages) {
        this.messages = messages;
    }

    public List<String> lines(FormDefinition form, FieldDefinition field, List<String> values, Map<String, String> memberNames) {
        return values.stream().flatMap(value -> switch (field.type()) {
            case TEXT -> Arrays.stream(value.split("\n", -1));
            case DATE -> java.util.stream.Stream.of(date(value));
            case CHOICE, CHOICES -> java.util.stream.Stream.of(label(form.options(field.options()), value));
            case YES_NO -> java.util.stream.Stream.of(messages.text("wizard." + value));
            case FAMILY_MEMBERS -> java.util.stream.Stream.of(memberNames.getOrDefault(value, messages.text("wizard.familyMembers.removed")));
        }).toList();
    }

    private static String date(String iso) {
        try {
            return LocalDate.parse(iso).format(UK_DATE);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static String label(List<Option> options, String code) {
        return options.stream().filter(o -> o.code().equals(code)).map(Option::label).findFirst().orElse(code);
    }
}
