package uk.earlyhelp.assessment.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces what is recorded about one family member. */
public record ChangeFamilyMember(@TargetAggregateIdentifier String assessmentId, String memberId, Map<String, List<String>> details) {

    public ChangeFamilyMember {
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
