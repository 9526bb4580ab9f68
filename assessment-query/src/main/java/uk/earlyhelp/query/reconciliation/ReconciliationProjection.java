package uk.earlyhelp.query.reconciliation;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.earlyhelp.assessment.api.AssessmentFinished;
import uk.earlyhelp.assessment.api.DeliveredToMosaic;
import uk.earlyhelp.assessment.api.FindSubmissionDeliveries;
import uk.earlyhelp.assessment.api.MosaicDeliveryFailed;
import uk.earlyhelp.assessment.api.SubmissionDeliveries;

/**
 * Keeps every submitted assessment with its delivery facts, by the day it was submitted in the council's time zone
 * (the clock's zone). Back-fills from the start of the stream on first run; a reset empties the table so a replay
 * rebuilds it. Seeing an event twice changes nothing but the failure count, which only a replay could double, and a
 * replay starts from an empty table.
 */
@Component
@ProcessingGroup("reconciliation")
public class ReconciliationProjection {

    private final EntityManager entityManager;
    private final Clock clock;

    public ReconciliationProjection(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @EventHandler
    void on(AssessmentFinished event, @Timestamp Instant at) {
        SubmissionDelivery row = entityManager.find(SubmissionDelivery.class, event.assessmentId());
        if (row == null) {
            row = new SubmissionDelivery(event.assessmentId());
            row.submitted(at.atZone(clock.getZone()).toLocalDate(), at, event.finishedBy());
            entityManager.persist(row);
        } else {
            row.submitted(at.atZone(clock.getZone()).toLocalDate(), at, event.finishedBy());
        }
    }

    @EventHandler
    void on(DeliveredToMosaic event, @Timestamp Instant at) {
        change(event.assessmentId(), row -> row.delivered(event.mosaicReference(), at));
    }

    @EventHandler
    void on(MosaicDeliveryFailed event, @Timestamp Instant at) {
        change(event.assessmentId(), row -> row.failed(event.reason(), at));
    }

    @ResetHandler
    void onReset() {
        entityManager.createQuery("delete from SubmissionDelivery").executeUpdate();
    }

    @QueryHandler
    public SubmissionDeliveries handle(FindSubmissionDeliveries query) {
        if (query.from() == null || query.to() == null || query.to().isBefore(query.from())) {
            throw new IllegalArgumentException("A reconciliation needs a first day on or before its last");
        }
        return new SubmissionDeliveries(entityManager.createQuery("""
                        select s from SubmissionDelivery s where s.submittedOn between :from and :to
                        order by s.submittedAt, s.assessmentId""", SubmissionDelivery.class)
                .setParameter("from", query.from())
                .setParameter("to", query.to())
                .getResultStream().map(SubmissionDelivery::summary).toList());
    }

    private void change(String assessmentId, Consumer<SubmissionDelivery> change) {
        SubmissionDelivery row = entityManager.find(SubmissionDelivery.class, assessmentId);
        if (row != null) {
            change.accept(row);
        }
    }
}
