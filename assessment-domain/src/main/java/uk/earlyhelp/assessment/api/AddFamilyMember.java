package uk.earlyhelp.assessment.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds one member of the family (a row of section 1). */
public record AddFamilyMember(@TargetAggregateIdentifier String assessmentId, String memberId, Map<String, List<String>> details) {

    public AddFamilyMember {
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
