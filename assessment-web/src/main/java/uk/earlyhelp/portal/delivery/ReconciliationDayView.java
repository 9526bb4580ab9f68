package uk.earlyhelp.portal.delivery;

import java.util.List;
import uk.earlyhelp.mosaic.reconciliation.DeliveryState;
import uk.earlyhelp.mosaic.reconciliation.ReconciledSubmission;
import uk.earlyhelp.mosaic.reconciliation.ReconciliationDay;

/**
 * One day of the reconciliation, ready to show: its counts by delivery state and a line per submission.
 *
 * @param id for the page's anchors and headings (the ISO date)
 */
record ReconciliationDayView(String id, String heading, int submitted, long delivered, long sending, long retrying,
                             long parked, List<Line> lines) {

    /** @param stateKey message key of the delivery state */
    record Line(String assessmentId, String submittedAt, String stateKey, String stateTagClass, String mosaicReference,
                String reason) {

        static Line of(ReconciledSubmission submission, AdminTimes times) {
            return new Line(submission.assessmentId(), times.time(submission.submittedAt()),
                    "admin.reconciliation.state." + submission.state().name(), tagClass(submission.state()),
                    submission.mosaicReference() == null ? "" : submission.mosaicReference(),
                    submission.reason() == null ? "" : submission.reason());
        }
    }

    static ReconciliationDayView of(ReconciliationDay day, AdminTimes times) {
        return new ReconciliationDayView(day.day().toString(), AdminTimes.heading(day.day()), day.submissions().size(),
                day.count(DeliveryState.DELIVERED), day.count(DeliveryState.SENDING), day.count(DeliveryState.RETRYING),
                day.count(DeliveryState.PARKED), day.submissions().stream().map(s -> Line.of(s, times)).toList());
    }

    /** Everything submitted that day is in Mosaic (a day without submissions too). */
    boolean reconciled() {
        return delivered == submitted;
    }

    private static String tagClass(DeliveryState state) {
        return switch (state) {
            case DELIVERED -> "govuk-tag--green";
            case SENDING -> "govuk-tag--blue";
            case RETRYING -> "govuk-tag--yellow";
            case PARKED -> "govuk-tag--red";
        };
    }
}
