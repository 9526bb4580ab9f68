package uk.earlyhelp.assessment.form;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every form definition the portal knows, by form id and version. New assessments take the
 * newest version; existing ones keep theirs.
 */
public final class FormDefinitions {

    private final Map<String, TreeMap<Integer, FormDefinition>> byIdThenVersion = new TreeMap<>();

    public FormDefinitions(Collection<FormDefinition> definitions) {
        for (FormDefinition definition : definitions) {
            FormDefinition clash = byIdThenVersion
                    .computeIfAbsent(definition.id(), id -> new TreeMap<>())
                    .putIfAbsent(definition.version(), definition);
            if (clash != null) {
                throw new FormDefinitionException(definition.id(),
                        List.of("version " + definition.version() + " is defined twice"));
            }
        }
    }

    public Optional<FormDefinition> newest(String formId) {
        if (formId == null) return Optional.empty();
        return Optional.ofNullable(byIdThenVersion.get(formId)).map(versions -> versions.lastEntry().getValue());
    }

    public Optional<FormDefinition> version(String formId, int version) {
        if (formId == null) return Optional.empty();
        return Optional.ofNullable(byIdThenVersion.get(formId)).map(versions -> versions.get(version));
    }

    /** The newest version of each form, in title order: the dashboard's Forms List. */
    public List<FormDefinition> startable() {
        return byIdThenVersion.values().stream()
                .map(versions -> versions.lastEntry().getValue())
                .sorted(Comparator.comparing(FormDefinition::title))
                .toList();
    }
}
