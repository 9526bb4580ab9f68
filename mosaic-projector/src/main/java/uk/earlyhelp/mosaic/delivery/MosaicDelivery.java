package uk.earlyhelp.mosaic.delivery;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.earlyhelp.assessment.api.AssessmentFinished;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.assessment.api.RecordMosaicDelivery;
import uk.earlyhelp.assessment.api.RecordMosaicDeliveryFailure;
import uk.earlyhelp.assessment.form.FormDefinition;
import uk.earlyhelp.assessment.form.FormDefinitions;

/**
 * Delivers each finished assessment into Mosaic and records the outcome on the assessment, so the delivery history is
 * in its event stream. A failure is thrown on to Axon's dead-letter queue, which parks the delivery and retries it
 * (see {@link DeliveryRetryPolicy}); events of other assessments go on meanwhile.
 * <p>
 * Exactly once in Mosaic, however often this runs for the same assessment (a retry, a restart after a crash
 * mid-delivery, a replay): an assessment that already holds Mosaic's reference is skipped without a call, and any
 * other is sent under its id as idempotency key, so Mosaic answers a repeat with the reference it gave before.
 * Replays are therefore allowed: a new or reset processor back-fills what never reached Mosaic, and sends nothing
 * for what did.
 */
@ProcessingGroup(MosaicDelivery.PROCESSING_GROUP)
public class MosaicDelivery {

    public static final String PROCESSING_GROUP = "mosaic-delivery";
    /** The acting user of the outcome commands, as auditors see it in the events' metadata. */
    public static final String ACTING_USER = "mosaic-projector";

    private static final Logger LOG = LoggerFactory.getLogger(MosaicDelivery.class);

    private final Mosaic mosaic;
    private final AssessmentGateway assessments;
    private final FormDefinitions forms;
    private final RetrySchedule schedule;
    private final AssessmentDocuments documents;

    MosaicDelivery(Mosaic mosaic, AssessmentGateway assessments, FormDefinitions forms, RetrySchedule schedule) {
        this(mosaic, assessments, forms, schedule, null);
    }

    /** @param documents prints the PDF that goes with each delivery; null for none */
    MosaicDelivery(Mosaic mosaic, AssessmentGateway assessments, FormDefinitions forms, RetrySchedule schedule,
                   AssessmentDocuments documents) {
        this.mosaic = mosaic;
        this.assessments = assessments;
        this.forms = forms;
        this.schedule = schedule;
        this.documents = documents;
    }

    /** @param retrying the dead letter when a parked delivery is being retried; null on first delivery */
    @EventHandler
    void on(AssessmentFinished event, @Timestamp Instant finishedAt, DeadLetter<EventMessage<?>> retrying) {
        AssessmentView assessment = assessments.fetch(event.assessmentId());
        if (assessment.mosaicReference() != null) {
            LOG.debug("Assessment {} is already in Mosaic; nothing to send", event.assessmentId());
            return;
        }
        FormDefinition form = forms.version(assessment.formId(), assessment.formVersion()).orElseThrow(
                () -> new IllegalStateException("Form " + assessment.formId() + " version "
                        + assessment.formVersion() + " is not loaded"));
        try {
            // Printed on each attempt rather than kept: a retry sends what the assessment holds then (it cannot change
            // once finished, only Mosaic's reference is added, and the document printed for Mosaic leaves that out).
            AssessmentDocument document = documents == null ? null : documents.print(assessment, form, finishedAt);
            String reference = mosaic.deliver(new FinishedAssessment(assessment, form, finishedAt, event.finishedBy(),
                    document));
            assessments.record(new RecordMosaicDelivery(event.assessmentId(), reference));
            LOG.info("Assessment {} delivered to Mosaic as {}", event.assessmentId(), reference);
        } catch (DeliveryFailure failure) {
            DeliveryAttempts before = DeliveryAttempts.of(retrying);
            DeliveryAttempts after = schedule.afterFailure(before, failure.isTransient());
            if (worthRecording(before, after)) {
                assessments.record(new RecordMosaicDeliveryFailure(event.assessmentId(), reason(failure, after),
                        after.state() == ParkedState.RETRYING));
            }
            LOG.warn("Delivery of assessment {} failed (attempt {}): {}", event.assessmentId(), after.failures(),
                    failure.getMessage());
            throw failure;
        }
    }

    /**
     * The history shows the first failure and each move between retrying automatically and parked, not every
     * automatic retry in between. Every failure of a parked delivery (an administrator's retry) is reported: the
     * assessment records nothing if it already says parked, and one whose earlier failure did not say (revision 1 of
     * the event, read as retrying) learns here that it is parked.
     */
    static boolean worthRecording(DeliveryAttempts before, DeliveryAttempts after) {
        return before.state() != after.state() || after.state() == ParkedState.PARKED;
    }

    static String reason(DeliveryFailure failure, DeliveryAttempts after) {
        String attempt = "attempt " + after.failures();
        if (after.state() == ParkedState.RETRYING) {
            return failure.getMessage() + " (" + attempt + "; retrying automatically)";
        }
        return failure.getMessage() + " (" + attempt + "; " + (failure.isTransient() ? "retries used up; " : "")
                + "parked for an administrator)";
    }
}
