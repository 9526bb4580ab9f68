package uk.earlyhelp.assessment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that a delivery to Mosaic failed, and why (no personal data in the reason).
 *
 * @param retrying true while an automatic retry is due; false once the delivery is parked for an administrator
 */
public record RecordMosaicDeliveryFailure(@TargetAggregateIdentifier String assessmentId, String reason,
                                          boolean retrying) {}
