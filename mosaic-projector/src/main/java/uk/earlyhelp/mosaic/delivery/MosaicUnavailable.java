package uk.earlyhelp.mosaic.delivery;

/** Mosaic could not take the delivery now (5xx, timeout, refused connection): worth retrying. */
public final class MosaicUnavailable extends DeliveryFailure {

    public MosaicUnavailable(String reason) {
        this(reason, null);
    }

    public MosaicUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
