package uk.earlyhelp.mosaic.delivery;

/**
 * What retrying parked deliveries did.
 *
 * @param delivered   deliveries that reached Mosaic (or were found already there) and left the queue
 * @param stillParked deliveries that failed again and stay parked
 */
public record RetryResult(int delivered, int stillParked) {
}
