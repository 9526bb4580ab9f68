package uk.earlyhelp.assessment.api;

import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** An action of the action plan was replaced. */
@Revision("1")
public record ActionPlanRowChanged(String assessmentId, String rowId, Map<String, List<String>> details) {
}
