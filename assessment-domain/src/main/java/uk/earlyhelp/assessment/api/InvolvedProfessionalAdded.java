package uk.earlyhelp.assessment.api;

import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** Another professional involved with the family was added. */
@Revision("1")
public record InvolvedProfessionalAdded(String assessmentId, String professionalId, Map<String, List<String>> details) {
}
