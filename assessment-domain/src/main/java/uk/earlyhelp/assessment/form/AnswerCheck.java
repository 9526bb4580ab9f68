package uk.earlyhelp.assessment.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.earlyhelp.assessment.api.FieldError;

/**
 * Checks answers against their field definitions when they are saved: limits, formats, dates and
 * option codes. Whether required answers are present is a question for finishing
 * ({@link Completeness}), because a practitioner must be able to save a half-done page.
 */
public final class AnswerCheck {

    static final String YES = "yes";
    static final String NO = "no";

    private final FormDefinition form;
    private final LocalDate today;
    private final Set<String> familyMemberIds;

    public AnswerCheck(FormDefinition form, LocalDate today, Set<String> familyMemberIds) {
        this.form = form;
        this.today = today;
        this.familyMemberIds = familyMemberIds;
    }

    /**
     * @param prefix the section or table id, to build each error's field path
     */
    public List<FieldError> problems(String prefix, List<FieldDefinition> fields, Map<String, List<String>> answers) {
        List<FieldError> errors = new ArrayList<>();
        answers.keySet().stream()
                .filter(key -> fields.stream().noneMatch(f -> f.id().equals(key)))
                .sorted()
                .forEach(key -> errors.add(new FieldError(prefix + "." + key, "This is not a question on this page")));
        for (FieldDefinition field : fields) {
            List<String> values = answers.get(field.id());
            if (values != null) {
                check(prefix + "." + field.id(), field, values, answers, errors);
            }
        }
        return errors;
    }

    private void check(String path, FieldDefinition field, List<String> values, Map<String, List<String>> answers,
                       List<FieldError> errors) {
        boolean multiple = field.type() == FieldType.CHOICES || field.type() == FieldType.FAMILY_MEMBERS;
        if (!multiple && values.size() > 1) {
            errors.add(new FieldError(path, field.label() + " takes one answer"));
            return;
        }
        for (String value : values) {
            String problem = problem(field, value, answers);
            if (problem != null) {
                errors.add(new FieldError(path, problem));
                return;
            }
        }
    }

    private String problem(FieldDefinition field, String value, Map<String, List<String>> answers) {
        return switch (field.type()) {
            case TEXT -> value.codePointCount(0, value.length()) > field.maxLength()
                    ? String.format(Locale.UK, "%s must be %,d characters or fewer", field.label(), field.maxLength())
                    : null;
            case CHOICE, CHOICES -> form.hasOption(field.options(), value) ? null : field.label() + ": choose from the list";
            case YES_NO -> YES.equals(value) || NO.equals(value) ? null : "Select yes or no";
            case FAMILY_MEMBERS -> familyMemberIds.contains(value) ? null : "Select family members who are on this assessment";
            case DATE -> dateProblem(field, value, answers);
        };
    }

    private String dateProblem(FieldDefinition field, String value, Map<String, List<String>> answers) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return field.label() + " must be a real date";
        }
        return switch (field.effectiveDateRule()) {
            case ANY -> null;
            case NOT_IN_FUTURE -> date.isAfter(today) ? field.label() + " must be today or in the past" : null;
            case BIRTH_OR_EXPECTED_DELIVERY -> field.expectedDeliveryWhen().holdsFor(answers)
                    ? expectedDeliveryProblem(date)
                    : date.isAfter(today) ? "Date of birth must be today or in the past" : null;
        };
    }

    private String expectedDeliveryProblem(LocalDate date) {
        if (date.isBefore(today)) return "Expected date of delivery must be today or in the future";
        if (date.isAfter(today.plusMonths(10))) return "Expected date of delivery must be within the next 10 months";
        return null;
    }
}
