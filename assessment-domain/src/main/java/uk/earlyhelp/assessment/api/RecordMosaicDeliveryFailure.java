package uk.earlyhelp.assessment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that a delivery to Mosaic failed, and why (no personal data in the reason). */
public record RecordMosaicDeliveryFailure(@TargetAggregateIdentifier String assessmentId, String reason) {}
