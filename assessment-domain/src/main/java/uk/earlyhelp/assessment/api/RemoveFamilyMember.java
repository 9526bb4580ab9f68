package uk.earlyhelp.assessment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes one family member (the web asks for confirmation first). */
public record RemoveFamilyMember(@TargetAggregateIdentifier String assessmentId, String memberId) {}
