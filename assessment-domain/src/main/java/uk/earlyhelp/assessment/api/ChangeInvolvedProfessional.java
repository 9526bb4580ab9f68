package uk.earlyhelp.assessment.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces what is recorded about one involved professional. */
public record ChangeInvolvedProfessional(@TargetAggregateIdentifier String assessmentId, String professionalId, Map<String, List<String>> details) {

    public ChangeInvolvedProfessional {
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
