package uk.earlyhelp.assessment.api;

import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link SaveSection} did: the section's version after it, and the answers it could not apply because another
 * page changed them too since the save's base version (by field id; empty when everything was saved or merged).
 */
public record SectionSaveOutcome(int version, Map<String, SectionConflict> conflicts) {

    public SectionSaveOutcome {
        conflicts = java.util.Collections.unmodifiableMap(new TreeMap<>(conflicts));
    }

    public boolean conflicted() {
        return !conflicts.isEmpty();
    }
}
