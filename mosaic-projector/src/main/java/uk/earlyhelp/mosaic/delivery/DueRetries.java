package uk.earlyhelp.mosaic.delivery;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One round of retrying the parked deliveries whose wait is over. The portal runs a round every poll interval, on one
 * node at a time (a lease in the database: uk.earlyhelp.portal.joblease); the dead-letter queue's claims would in
 * any case keep two portals from retrying the same delivery at once.
 */
public final class DueRetries implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(DueRetries.class);

    private final ParkedDeliveries parked;
    private final Duration pollInterval;

    DueRetries(ParkedDeliveries parked, Duration pollInterval) {
        this.parked = parked;
        this.pollInterval = pollInterval;
    }

    /** How often a round is due. */
    public Duration pollInterval() {
        return pollInterval;
    }

    @Override
    public void run() {
        int delivered = parked.retryDue();
        if (delivered > 0) {
            LOG.info("{} parked deliveries reached Mosaic on retry", delivered);
        }
    }
}
