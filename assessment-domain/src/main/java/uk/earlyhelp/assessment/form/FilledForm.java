package uk.earlyhelp.assessment.form;

import java.util.List;
import java.util.Map;

/**
 * What has been filled in so far: the answers of each section and the rows of each table, in
 * the order they were added.
 */
public record FilledForm(Map<String, Map<String, List<String>>> sections, Map<String, List<Row>> tables) {

    public FilledForm {
        sections = Map.copyOf(sections);
        tables = Map.copyOf(tables);
    }

    public Map<String, List<String>> answers(String sectionId) {
        return sections.getOrDefault(sectionId, Map.of());
    }

    public List<Row> rows(String tableId) {
        return tables.getOrDefault(tableId, List.of());
    }
}
