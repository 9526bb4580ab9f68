package uk.earlyhelp.assessment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes one action from the action plan. */
public record RemoveActionPlanRow(@TargetAggregateIdentifier String assessmentId, String rowId) {}
