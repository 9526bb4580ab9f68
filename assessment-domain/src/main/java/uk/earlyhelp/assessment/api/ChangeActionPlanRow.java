package uk.earlyhelp.assessment.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces one action of the action plan. */
public record ChangeActionPlanRow(@TargetAggregateIdentifier String assessmentId, String rowId, Map<String, List<String>> details) {

    public ChangeActionPlanRow {
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
