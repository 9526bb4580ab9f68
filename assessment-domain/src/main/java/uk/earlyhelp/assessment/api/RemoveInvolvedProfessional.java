package uk.earlyhelp.assessment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes one involved professional. */
public record RemoveInvolvedProfessional(@TargetAggregateIdentifier String assessmentId, String professionalId) {}
