package uk.earlyhelp.assessment.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.earlyhelp.assessment.api.FieldError;

/**
 * What still has to be done before a form can be finished, section by section, in the order a
 * practitioner meets them, so that Finish can list everything missing at once.
 */
public final class Completeness {

    private final FormDefinition form;
    private final FilledForm filled;

    public Completeness(FormDefinition form, FilledForm filled) {
        this.form = form;
        this.filled = filled;
    }

    public List<FieldError> missing() {
        List<FieldError> missing = new ArrayList<>();
        form.sections().forEach(section -> missing.addAll(missing(section)));
        return missing;
    }

    public SectionStatus status(SectionDefinition section) {
        boolean touched = !filled.answers(section.id()).isEmpty()
                || (section.table() != null && !filled.rows(section.table().id()).isEmpty());
        if (!touched) return SectionStatus.NOT_STARTED;
        return missing(section).isEmpty() ? SectionStatus.COMPLETED : SectionStatus.IN_PROGRESS;
    }

    /** True when the section's gate has been answered with its stop value (e.g. significant harm: yes). */
    public boolean stoppedAtGate(SectionDefinition section) {
        Gate gate = section.gate();
        return gate != null && filled.answers(section.id()).getOrDefault(gate.field(), List.of()).contains(gate.stopWhen());
    }

    private List<FieldError> missing(SectionDefinition section) {
        List<FieldError> missing = new ArrayList<>();
        if (stoppedAtGate(section)) {
            missing.add(new FieldError(section.id() + "." + section.gate().field(), section.gate().message()));
        }
        missing.addAll(missingAnswers(section.id(), section.fields(), filled.answers(section.id())));
        TableDefinition table = section.table();
        if (table != null) {
            List<Row> rows = filled.rows(table.id());
            if (rows.size() < table.minRows()) {
                missing.add(new FieldError(table.id(), table.minRows() == 1
                        ? "Add at least one " + table.rowName()
                        : "Add at least " + table.minRows() + " " + table.rowName() + "s"));
            }
            for (Row row : rows) {
                missing.addAll(missingAnswers(table.id() + "[" + row.rowId() + "]", table.columns(), row.values()));
            }
        }
        return missing;
    }

    /** Required answers absent from {@code answers}; family-member references count only while the member is on the form. */
    public List<FieldError> missingAnswers(String prefix, List<FieldDefinition> fields, Map<String, List<String>> answers) {
        Set<String> memberIds = filled.rows(TableIds.FAMILY_MEMBERS).stream().map(Row::rowId).collect(Collectors.toSet());
        List<FieldError> missing = new ArrayList<>();
        for (FieldDefinition field : fields) {
            List<String> values = answers.getOrDefault(field.id(), List.of());
            if (field.type() == FieldType.FAMILY_MEMBERS) {
                values = values.stream().filter(memberIds::contains).toList();
            }
            if (values.isEmpty() && field.isRequiredGiven(answers)) {
                missing.add(new FieldError(prefix + "." + field.id(), prompt(field)));
            }
        }
        return missing;
    }

    private static String prompt(FieldDefinition field) {
        if (field.missingMessage() != null) return field.missingMessage();
        if (field.label().endsWith("?")) return "Answer the question: " + field.label();
        return switch (field.type()) {
            case TEXT, DATE -> "Enter " + field.label().toLowerCase(java.util.Locale.UK);
            case CHOICES, FAMILY_MEMBERS -> "Select at least one option for " + field.label().toLowerCase(java.util.Locale.UK);
            case CHOICE, YES_NO -> "Select an option for " + field.label().toLowerCase(java.util.Locale.UK);
        };
    }
}
