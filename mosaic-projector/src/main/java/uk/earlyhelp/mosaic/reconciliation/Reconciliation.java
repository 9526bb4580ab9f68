package uk.earlyhelp.mosaic.reconciliation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.FindSubmissionDeliveries;
import uk.earlyhelp.assessment.api.SubmissionDeliveries;
import uk.earlyhelp.assessment.api.SubmissionDeliverySummary;
import uk.earlyhelp.mosaic.delivery.ParkedDeliveries;
import uk.earlyhelp.mosaic.delivery.ParkedDelivery;
import uk.earlyhelp.mosaic.delivery.ParkedState;

/**
 * The council's daily check: per day, every submitted assessment with its delivery state and Mosaic reference. What
 * the event stream recorded (the reconciliation read model) is overlaid with what the dead-letter queue knows now,
 * so a delivery being retried is told apart from one that needs an administrator.
 */
@Component
public class Reconciliation {

    /** About a quarter: enough for a monthly or quarterly check, small enough to answer at once. */
    static final int MOST_DAYS = 93;

    private final QueryGateway queries;
    private final ParkedDeliveries parked;

    Reconciliation(QueryGateway queries, ParkedDeliveries parked) {
        this.queries = queries;
        this.parked = parked;
    }

    /** Every day from {@code from} to {@code to} inclusive, days without submissions included, earliest first. */
    public List<ReconciliationDay> days(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MOST_DAYS) {
            throw new IllegalArgumentException("A reconciliation covers 1 to " + MOST_DAYS + " days");
        }
        List<SubmissionDeliverySummary> submissions = queries.query(new FindSubmissionDeliveries(from, to),
                SubmissionDeliveries.class).join().submissions();
        Map<String, ParkedDelivery> parkedById = parked.list().stream()
                .collect(Collectors.toMap(ParkedDelivery::assessmentId, Function.identity(), (first, later) -> first));
        Map<LocalDate, List<ReconciledSubmission>> byDay = submissions.stream().collect(Collectors.groupingBy(
                SubmissionDeliverySummary::submittedOn,
                Collectors.mapping(s -> reconcile(s, parkedById.get(s.assessmentId())), Collectors.toList())));
        List<ReconciliationDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(new ReconciliationDay(day, byDay.getOrDefault(day, List.of())));
        }
        return days;
    }

    private static ReconciledSubmission reconcile(SubmissionDeliverySummary submission, ParkedDelivery parked) {
        DeliveryState state;
        String reason = null;
        if (submission.mosaicReference() != null) {
            state = DeliveryState.DELIVERED;
        } else if (parked != null) {
            state = parked.state() == ParkedState.PARKED ? DeliveryState.PARKED : DeliveryState.RETRYING;
            reason = parked.reason();
        } else {
            state = DeliveryState.SENDING;
            reason = submission.lastFailureReason();
        }
        return new ReconciledSubmission(submission.assessmentId(), submission.submittedAt(), submission.submittedBy(),
                state, submission.mosaicReference(), submission.deliveredAt(), reason);
    }
}
