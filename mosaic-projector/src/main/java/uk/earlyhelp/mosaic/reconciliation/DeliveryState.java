package uk.earlyhelp.mosaic.reconciliation;

/** Where a submitted assessment's delivery stands, for the daily check. */
public enum DeliveryState {
    /** Mosaic holds it; its reference is known. */
    DELIVERED,
    /** Not delivered yet and not failed: the projector has it in hand (normally seconds). */
    SENDING,
    /** Failed for a passing reason; retried automatically. */
    RETRYING,
    /** Refused, or out of automatic retries: needs an administrator. */
    PARKED
}
