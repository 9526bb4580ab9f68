package uk.earlyhelp.assessment.api;

import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** The answers of one section were saved; they replace the section's earlier answers whole. */
@Revision("1")
public record SectionSaved(String assessmentId, String sectionId, Map<String, List<String>> answers) {
}
