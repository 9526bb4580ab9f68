package uk.earlyhelp.portal.retention.submitted;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.earlyhelp.portal.retention.RetentionProperties;

/**
 * The submitted assessments' sweep: finds those due by date (so a missed run is caught up), asks the erasure to erase
 * each, and keeps a receipt of each erased. Without an erasure bean (issue 15, item 2, not yet built) it only counts
 * them: nothing is erased and nothing pretends to be.
 */
@Component
public class SubmittedRetention {

    private static final Logger LOG = LoggerFactory.getLogger(SubmittedRetention.class);

    /** What one sweep found and did, as counts. */
    public record Sweep(int due, int erased, int awaitingErasure, int failed) {
    }

    private final RetentionReceipts receipts;
    private final ObjectProvider<SubmittedAssessmentErasure> erasure;
    private final RetentionProperties properties;
    private final Clock clock;

    SubmittedRetention(RetentionReceipts receipts, ObjectProvider<SubmittedAssessmentErasure> erasure,
                       RetentionProperties properties, Clock clock) {
        this.receipts = receipts;
        this.erasure = erasure;
        this.properties = properties;
        this.clock = clock;
    }

    public List<DueForErasure> due() {
        return receipts.due(clock.instant(), properties.submitted().keepFor(), clock.getZone());
    }

    public Sweep sweep() {
        Instant now = clock.instant();
        SubmittedAssessmentErasure erase = erasure.getIfAvailable(() -> SubmittedAssessmentErasure.NOT_AVAILABLE);
        List<DueForErasure> due = due();
        int erased = 0;
        int failed = 0;
        for (DueForErasure one : due) {
            try {
                if (erase.erase(one)) {
                    receipts.record(one, now);
                    erased++;
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.warn("Submitted retention: one erasure failed ({}); the next sweep tries again",
                        e.getClass().getName());
            }
        }
        int awaiting = due.size() - erased - failed;
        if (!due.isEmpty()) {
            LOG.info("Submitted retention: {} due for erasure, {} erased (receipts kept), {} awaiting erasure{}, "
                    + "{} failed", due.size(), erased, awaiting,
                    erase == SubmittedAssessmentErasure.NOT_AVAILABLE ? " (no erasure in this build)" : "", failed);
        }
        return new Sweep(due.size(), erased, awaiting, failed);
    }
}
