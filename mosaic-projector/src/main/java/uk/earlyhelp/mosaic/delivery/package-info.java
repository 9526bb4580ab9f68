/**
 * Deciding what reaches Mosaic and recording what happened: the {@code mosaic-delivery} event handler, its retry
 * policy over Axon's dead-letter queue, and the operations an administrator uses on parked deliveries.
 * Knows Mosaic only through the {@link uk.earlyhelp.mosaic.delivery.Mosaic} port; Mosaic's own shapes live in
 * {@code client}.
 */
package uk.earlyhelp.mosaic.delivery;
