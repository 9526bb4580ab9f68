package uk.earlyhelp.assessment.form;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A versioned form, as a council publishes it. An assessment keeps the version it was started
 * with, so changing the YAML never changes the rules of assessments already under way.
 *
 * @param optionLists reference data by name (relationship, ethnicity, presenting needs…)
 */
public record FormDefinition(
        String id,
        int version,
        String title,
        Map<String, List<Option>> optionLists,
        List<SectionDefinition> sections) {

    public FormDefinition {
        optionLists = optionLists == null ? Map.of() : Map.copyOf(optionLists);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public Optional<SectionDefinition> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    /** The section holding the table with this id. */
    public Optional<SectionDefinition> sectionWithTable(String tableId) {
        return sections.stream().filter(s -> s.table() != null && s.table().id().equals(tableId)).findFirst();
    }

    public List<Option> options(String listName) {
        return optionLists.getOrDefault(listName, List.of());
    }

    public boolean hasOption(String listName, String code) {
        return options(listName).stream().anyMatch(o -> o.code().equals(code));
    }
}
