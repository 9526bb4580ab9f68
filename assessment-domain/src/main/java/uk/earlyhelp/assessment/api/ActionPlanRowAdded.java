package uk.earlyhelp.assessment.api;

import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** An action was added to the action plan. */
@Revision("1")
public record ActionPlanRowAdded(String assessmentId, String rowId, Map<String, List<String>> details) {
}
