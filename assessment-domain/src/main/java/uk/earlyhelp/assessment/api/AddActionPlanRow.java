package uk.earlyhelp.assessment.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds one action to the action plan. */
public record AddActionPlanRow(@TargetAggregateIdentifier String assessmentId, String rowId, Map<String, List<String>> details) {

    public AddActionPlanRow {
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
