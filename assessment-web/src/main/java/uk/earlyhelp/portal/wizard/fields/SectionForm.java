package uk.earlyhelp.portal.wizard.fields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import uk.earlyhelp.assessment.api.FieldError;
import uk.earlyhelp.assessment.form.FieldDefinition;
import uk.earlyhelp.assessment.form.FieldType;
import uk.earlyhelp.portal.wizard.WizardMessages;

/**
 * The binder between one page's inputs and a section's (or a table row's) answers, both ways.
 * It keeps exactly what was typed, so a page refused for any reason shows it again unchanged.
 * Input names are the field ids; a date is three inputs, {@code <id>-day}, {@code -month}, {@code -year}.
 */
public final class SectionForm {

    private final Map<String, List<String>> typed;
    private final Map<String, List<String>> answers;
    private final List<FieldError> problems;

    private SectionForm(Map<String, List<String>> typed, Map<String, List<String>> answers, List<FieldError> problems) {
        this.typed = typed;
        this.answers = answers;
        this.problems = problems;
    }

    /**
     * Reads the posted parameters of {@code fields}; others (buttons, the CSRF token) are ignored.
     *
     * @param prefix the section or table id, so that problems carry the same paths as the domain's
     */
    public static SectionForm fromRequest(String prefix, List<FieldDefinition> fields, MultiValueMap<String, String> params,
                                          WizardMessages messages) {
        Map<String, List<String>> typed = new LinkedHashMap<>();
        Map<String, List<String>> answers = new LinkedHashMap<>();
        List<FieldError> problems = new ArrayList<>();
        for (FieldDefinition field : fields) {
            if (field.type() == FieldType.DATE) {
                DateParts date = new DateParts(one(params, field.id() + DateParts.DAY),
                        one(params, field.id() + DateParts.MONTH), one(params, field.id() + DateParts.YEAR));
                typed.put(field.id() + DateParts.DAY, List.of(date.day()));
                typed.put(field.id() + DateParts.MONTH, List.of(date.month()));
                typed.put(field.id() + DateParts.YEAR, List.of(date.year()));
                DateParts.Problem problem = date.problem();
                if (problem != null) {
                    problems.add(new FieldError(prefix + "." + field.id(), messages.text(problem.messageKey(), field.label())));
                } else if (date.iso() != null) {
                    answers.put(field.id(), List.of(date.iso()));
                }
            } else {
                List<String> values = params.getOrDefault(field.id(), List.of());
                typed.put(field.id(), values);
                List<String> kept = values.stream().map(SectionForm::tidy).filter(v -> !v.isEmpty()).toList();
                if (!kept.isEmpty()) answers.put(field.id(), kept);
            }
        }
        return new SectionForm(typed, answers, problems);
    }

    /** What the page shows for answers already saved. */
    public static SectionForm fromAnswers(List<FieldDefinition> fields, Map<String, List<String>> saved) {
        Map<String, List<String>> typed = new LinkedHashMap<>();
        for (FieldDefinition field : fields) {
            List<String> values = saved.getOrDefault(field.id(), List.of());
            if (field.type() == FieldType.DATE) {
                DateParts date = DateParts.fromIso(values.isEmpty() ? null : values.get(0));
                typed.put(field.id() + DateParts.DAY, List.of(date.day()));
                typed.put(field.id() + DateParts.MONTH, List.of(date.month()));
                typed.put(field.id() + DateParts.YEAR, List.of(date.year()));
            } else {
                typed.put(field.id(), values);
            }
        }
        return new SectionForm(typed, Map.copyOf(saved), List.of());
    }

    /** The answers to send; meaningful only when there are no {@link #problems()}. */
    public Map<String, List<String>> answers() {
        return answers;
    }

    /** What could not even be read (dates that are not real dates), with the domain's field paths. */
    public List<FieldError> problems() {
        return problems;
    }

    public List<String> typed(String inputName) {
        return typed.getOrDefault(inputName, List.of());
    }

    public String typedOne(String inputName) {
        List<String> values = typed(inputName);
        return values.isEmpty() ? "" : values.get(0);
    }

    private static String one(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }

    // Leading and trailing spaces and line breaks are never meant; the browser's CRLF becomes LF as the domain stores it.
    private static String tidy(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }
}
