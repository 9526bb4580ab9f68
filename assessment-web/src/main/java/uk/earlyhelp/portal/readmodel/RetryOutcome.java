package uk.earlyhelp.portal.readmodel;

/**
 * What retrying a processor's dead letters did.
 *
 * @param handled sequences whose every event was handled and left the queue
 * @param failed  sequences that failed again and stay
 */
record RetryOutcome(int handled, int failed) {
}
