package uk.earlyhelp.assessment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Finishes (submits) the assessment; refused with everything still missing. */
public record FinishAssessment(@TargetAggregateIdentifier String assessmentId) {}
