package uk.earlyhelp.assessment.form;

import java.util.LinkedHashMap;
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

    /**
     * The same answers with every value under the text-input rule (TypedText): for answers stored before the rule
     * was applied at the boundary, so that they still print and deliver.
     */
    public FilledForm withTextCleaned() {
        Map<String, Map<String, List<String>>> cleanSections = new LinkedHashMap<>();
        sections.forEach((section, answers) -> cleanSections.put(section, cleaned(answers)));
        Map<String, List<Row>> cleanTables = new LinkedHashMap<>();
        tables.forEach((table, rows) -> cleanTables.put(table,
                rows.stream().map(row -> new Row(row.rowId(), cleaned(row.values()))).toList()));
        return new FilledForm(cleanSections, cleanTables);
    }

    private static Map<String, List<String>> cleaned(Map<String, List<String>> answers) {
        Map<String, List<String>> clean = new LinkedHashMap<>();
        answers.forEach((field, values) -> clean.put(field, values.stream().map(TypedText::clean).toList()));
        return clean;
    }
}
