package uk.earlyhelp.assessment.form;

import java.util.List;

/**
 * A repeating group of rows inside a section ("Add another member", "Add another action").
 *
 * @param rowName  what one row is called in messages ("family member", "action")
 * @param minRows  rows needed before the assessment can be finished
 */
public record TableDefinition(String id, String rowName, int minRows, List<FieldDefinition> columns) {

    public TableDefinition {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public FieldDefinition column(String columnId) {
        return columns.stream().filter(c -> c.id().equals(columnId)).findFirst().orElse(null);
    }
}
