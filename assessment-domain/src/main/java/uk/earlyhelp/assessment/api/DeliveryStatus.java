package uk.earlyhelp.assessment.api;

/**
 * Where a submitted assessment's delivery into Mosaic stands, as its practitioner is told (DOMAIN.md, My Assessments).
 * Follows from the assessment's events: {@link AssessmentFinished}, {@link MosaicDeliveryFailed} and
 * {@link DeliveredToMosaic}.
 */
public enum DeliveryStatus {
    /** Finished, and no delivery has failed yet: the first attempt is normally seconds away. */
    SENDING,
    /** A delivery failed for a passing reason; the portal tries again by itself. */
    RETRYING,
    /** Refused by Mosaic, or out of automatic retries: parked until an administrator retries it (they were told). */
    PARKED,
    /** Mosaic holds it, under its reference. */
    RECEIVED;

    /** After a failure that left the delivery retrying automatically, or parked. */
    public static DeliveryStatus afterFailure(boolean retrying) {
        return retrying ? RETRYING : PARKED;
    }
}
