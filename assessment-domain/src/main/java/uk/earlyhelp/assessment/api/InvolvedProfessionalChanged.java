package uk.earlyhelp.assessment.api;

import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** What is recorded about an involved professional was replaced. */
@Revision("1")
public record InvolvedProfessionalChanged(String assessmentId, String professionalId, Map<String, List<String>> details) {
}
