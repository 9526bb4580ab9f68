package uk.earlyhelp.assessment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Deletes a draft. Finished assessments cannot be deleted. */
public record DeleteAssessment(@TargetAggregateIdentifier String assessmentId) {}
