package uk.earlyhelp.mosaic.delivery;

/** Where a delivery in the dead-letter queue stands. */
public enum ParkedState {
    /** Failed for a passing reason; will be tried again automatically once its wait is over. */
    RETRYING,
    /** Refused by Mosaic, or out of automatic retries: waits for an administrator to retry it. */
    PARKED
}
