package uk.earlyhelp.assessment.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds one of the other professionals involved (section 2). */
public record AddInvolvedProfessional(@TargetAggregateIdentifier String assessmentId, String professionalId, Map<String, List<String>> details) {

    public AddInvolvedProfessional {
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
