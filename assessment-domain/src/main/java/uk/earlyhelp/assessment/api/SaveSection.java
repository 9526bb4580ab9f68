package uk.earlyhelp.assessment.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Saves the answers of one section's questions. Saving what is already there changes nothing.
 *
 * @param basedOn the section's version the page was drawn from ({@link AssessmentView#sectionVersion}); a save based
 *                on an older version keeps what other pages changed since, and reports true conflicts
 *                (docs/decisions/0023). Null from a client that sends none: its answers replace the section's whole.
 * @param page    a random id of the page (browser tab) saving, so that its own saves in flight never conflict with
 *                each other; null when unknown
 */
public record SaveSection(@TargetAggregateIdentifier String assessmentId, String sectionId, Map<String, List<String>> answers,
                          Integer basedOn, String page) {

    public SaveSection {
        answers = answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** A save that replaces the section's answers whole, whatever was saved since (no base version). */
    public SaveSection(String assessmentId, String sectionId, Map<String, List<String>> answers) {
        this(assessmentId, sectionId, answers, null, null);
    }
}
