package uk.earlyhelp.assessment.api;

import org.axonframework.serialization.Revision;

/** An action was removed from the action plan. */
@Revision("1")
public record ActionPlanRowRemoved(String assessmentId, String rowId) {
}
