package uk.earlyhelp.mosaic.reconciliation;

import java.time.LocalDate;
import java.util.List;

/** One day of the daily check: every assessment submitted that day, oldest first. */
public record ReconciliationDay(LocalDate day, List<ReconciledSubmission> submissions) {

    public ReconciliationDay {
        submissions = List.copyOf(submissions);
    }

    public long count(DeliveryState state) {
        return submissions.stream().filter(submission -> submission.state() == state).count();
    }

    /** Every submission of the day is in Mosaic. */
    public boolean reconciled() {
        return count(DeliveryState.DELIVERED) == submissions.size();
    }
}
