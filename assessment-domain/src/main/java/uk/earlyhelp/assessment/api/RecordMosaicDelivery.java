package uk.earlyhelp.assessment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that Mosaic holds the finished assessment, under its reference (the workflow step id). */
public record RecordMosaicDelivery(@TargetAggregateIdentifier String assessmentId, String mosaicReference) {}
