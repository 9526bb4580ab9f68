package uk.earlyhelp.assessment.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Saves the answers of one section's questions, replacing what was saved before. Saving what is already there changes nothing. */
public record SaveSection(@TargetAggregateIdentifier String assessmentId, String sectionId, Map<String, List<String>> answers) {

    public SaveSection {
        answers = answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
