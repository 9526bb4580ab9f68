package uk.earlyhelp.mosaic.delivery;

/**
 * A delivery that did not reach Mosaic. Its message is the reason recorded on the assessment and shown to
 * administrators, so it names what went wrong (a status, a timeout, Mosaic's error code) and never personal data.
 */
public abstract sealed class DeliveryFailure extends RuntimeException permits MosaicUnavailable, MosaicRefused {

    protected DeliveryFailure(String reason, Throwable cause) {
        // No stack trace of the cause's message: it could quote the payload. Only its type is kept.
        super(reason, cause == null ? null : new Exception(cause.getClass().getName()));
    }

    /** Whether trying again later may succeed. */
    public abstract boolean isTransient();
}
