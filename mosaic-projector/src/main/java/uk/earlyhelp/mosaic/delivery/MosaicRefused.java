package uk.earlyhelp.mosaic.delivery;

/** Mosaic refused the delivery (4xx): sending it again unchanged will not help, so it waits for an administrator. */
public final class MosaicRefused extends DeliveryFailure {

    public MosaicRefused(String reason) {
        super(reason, null);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
