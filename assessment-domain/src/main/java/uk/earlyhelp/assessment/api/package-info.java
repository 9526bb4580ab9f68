/**
 * The assessment's public messages: commands (imperative), events (past tense, a contract that
 * auditors and integrators read for years: {@code @Revision} on each, upcasters for changes)
 * and the refusal a command can meet. An event's upcasters sit beside it (e.g. {@code MosaicDeliveryFailedUpcaster}),
 * so its whole history as a contract is read in one place.
 */
package uk.earlyhelp.assessment.api;
