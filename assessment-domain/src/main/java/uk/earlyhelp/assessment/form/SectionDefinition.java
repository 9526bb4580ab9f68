package uk.earlyhelp.assessment.form;

import java.util.List;

/**
 * One section of a form: its questions, at most one table, and optionally a gate.
 */
public record SectionDefinition(String id, String title, List<FieldDefinition> fields, TableDefinition table, Gate gate) {

    public SectionDefinition {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public FieldDefinition field(String fieldId) {
        return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst().orElse(null);
    }

    public boolean hasQuestions() {
        return !fields.isEmpty();
    }
}
