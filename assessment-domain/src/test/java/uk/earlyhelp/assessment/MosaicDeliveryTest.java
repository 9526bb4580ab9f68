package uk.earlyhelp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.earlyhelp.assessment.AssessmentFixture.ID;
import static uk.earlyhelp.assessment.AssessmentFixture.error;
import static uk.earlyhelp.assessment.Given.MOSAIC_REFERENCE;

import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.assessment.api.ActingUser;
import uk.earlyhelp.assessment.api.AssessmentRefusedException;
import uk.earlyhelp.assessment.api.DeliveredToMosaic;
import uk.earlyhelp.assessment.api.DeliveryStatus;
import uk.earlyhelp.assessment.api.FinishAssessment;
import uk.earlyhelp.assessment.api.MosaicDeliveryFailed;
import uk.earlyhelp.assessment.api.RecordMosaicDelivery;
import uk.earlyhelp.assessment.api.RecordMosaicDeliveryFailure;
import uk.earlyhelp.assessment.api.StartAssessment;

/**
 * Delivery into Mosaic is at-least-once: repeated reports of the same outcome append nothing. A failure records what
 * happens next (retrying automatically, or parked for an administrator) only when that changes.
 */
class MosaicDeliveryTest {

    private static final MetaData AS_PROJECTOR = MetaData.with(ActingUser.METADATA_KEY, "mosaic-projector");
    private static final boolean RETRYING = true;
    private static final boolean PARKED = false;

    private final AssessmentFixture fixture = new AssessmentFixture();

    @Test
    void aDraftCannotBeDeliveredToMosaic() {
        fixture.given(Given.complete())
                .when(new RecordMosaicDelivery(ID, MOSAIC_REFERENCE), AS_PROJECTOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(
                error("assessmentId", "Only a submitted assessment can be delivered to Mosaic"));
    }

    @Test
    void aFailedDeliveryOfADraftCannotBeRecorded() {
        fixture.given(Given.complete())
                .when(new RecordMosaicDeliveryFailure(ID, "HTTP 503", RETRYING), AS_PROJECTOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(
                error("assessmentId", "Only a submitted assessment can be delivered to Mosaic"));
    }

    @Test
    void aSubmittedAssessmentIsRecordedAsDeliveredUnderMosaicsReference() {
        fixture.given(Given.finished())
                .when(new RecordMosaicDelivery(ID, MOSAIC_REFERENCE), AS_PROJECTOR)
                .expectEvents(new DeliveredToMosaic(ID, MOSAIC_REFERENCE));
    }

    @Test
    void givenDelivered_whenTheSameReferenceIsReportedAgain_thenNothingIsAppended() {
        fixture.given(Given.deliveredToMosaic())
                .when(new RecordMosaicDelivery(ID, MOSAIC_REFERENCE), AS_PROJECTOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenDelivered_whenADifferentReferenceIsReported_thenItIsRefused() {
        fixture.given(Given.deliveredToMosaic())
                .when(new RecordMosaicDelivery(ID, "STEP-2002"), AS_PROJECTOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(
                error("mosaicReference", "This assessment is already in Mosaic under another reference"));
    }

    @Test
    void aDeliveryWithoutAReferenceIsRefused() {
        fixture.given(Given.finished())
                .when(new RecordMosaicDelivery(ID, " "), AS_PROJECTOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("mosaicReference", "A delivery needs Mosaic's reference"));
    }

    @Test
    void aFinishedAssessmentIsSendingUntilItsDeliveryHasAnOutcome() {
        fixture.given(Given.complete())
                .when(new FinishAssessment(ID), AssessmentFixture.AS_AUTHOR)
                .expectState(assessment -> assertThat(assessment.state().delivery()).isEqualTo(DeliveryStatus.SENDING));
    }

    @Test
    void aDraftHasNoDeliveryStatus() {
        fixture.givenNoPriorActivity()
                .when(new StartAssessment(ID, AssessmentFixture.FORM_ID, AssessmentFixture.AUTHOR), AssessmentFixture.AS_AUTHOR)
                .expectState(assessment -> assertThat(assessment.state().delivery()).isNull());
    }

    @Test
    void aFailedDeliveryThatWillBeRetriedIsRecordedWithItsReasonAsRetrying() {
        fixture.given(Given.finished())
                .when(new RecordMosaicDeliveryFailure(ID, "HTTP 503 from the integration endpoint", RETRYING), AS_PROJECTOR)
                .expectEvents(new MosaicDeliveryFailed(ID, "HTTP 503 from the integration endpoint", RETRYING))
                .expectState(assessment -> assertThat(assessment.state().delivery()).isEqualTo(DeliveryStatus.RETRYING));
    }

    @Test
    void aRefusedDeliveryIsRecordedAsParkedForAnAdministrator() {
        fixture.given(Given.finished())
                .when(new RecordMosaicDeliveryFailure(ID, "HTTP 400 (REJECTED)", PARKED), AS_PROJECTOR)
                .expectEvents(new MosaicDeliveryFailed(ID, "HTTP 400 (REJECTED)", PARKED))
                .expectState(assessment -> assertThat(assessment.state().delivery()).isEqualTo(DeliveryStatus.PARKED));
    }

    @Test
    void givenRetrying_whenAnotherRetryFails_thenNothingIsAppended() {
        fixture.given(Given.then(Given.finished(), new MosaicDeliveryFailed(ID, "HTTP 503", RETRYING)))
                .when(new RecordMosaicDeliveryFailure(ID, "timeout", RETRYING), AS_PROJECTOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenRetrying_whenTheRetriesAreUsedUp_thenTheParkingIsRecorded() {
        fixture.given(Given.then(Given.finished(), new MosaicDeliveryFailed(ID, "HTTP 503", RETRYING)))
                .when(new RecordMosaicDeliveryFailure(ID, "HTTP 503 (retries used up)", PARKED), AS_PROJECTOR)
                .expectEvents(new MosaicDeliveryFailed(ID, "HTTP 503 (retries used up)", PARKED));
    }

    @Test
    void givenParked_whenAnAdministratorsRetryFailsAgain_thenNothingIsAppended() {
        fixture.given(Given.then(Given.finished(), new MosaicDeliveryFailed(ID, "HTTP 400", PARKED)))
                .when(new RecordMosaicDeliveryFailure(ID, "HTTP 400", PARKED), AS_PROJECTOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectState(assessment -> assertThat(assessment.state().delivery()).isEqualTo(DeliveryStatus.PARKED));
    }

    @Test
    void givenParked_whenAnAdministratorsRetryMeetsAPassingFailure_thenRetryingIsRecorded() {
        fixture.given(Given.then(Given.finished(), new MosaicDeliveryFailed(ID, "HTTP 400", PARKED)))
                .when(new RecordMosaicDeliveryFailure(ID, "HTTP 503", RETRYING), AS_PROJECTOR)
                .expectEvents(new MosaicDeliveryFailed(ID, "HTTP 503", RETRYING));
    }

    @Test
    void givenAFailedDelivery_whenTheRetrySucceeds_thenItIsReceived() {
        fixture.given(Given.then(Given.finished(), new MosaicDeliveryFailed(ID, "timeout", RETRYING)))
                .when(new RecordMosaicDelivery(ID, MOSAIC_REFERENCE), AS_PROJECTOR)
                .expectEvents(new DeliveredToMosaic(ID, MOSAIC_REFERENCE))
                .expectState(assessment -> assertThat(assessment.state().delivery()).isEqualTo(DeliveryStatus.RECEIVED));
    }

    @Test
    void givenParked_whenAnAdministratorsRetrySucceeds_thenItIsReceived() {
        fixture.given(Given.then(Given.finished(), new MosaicDeliveryFailed(ID, "HTTP 400", PARKED)))
                .when(new RecordMosaicDelivery(ID, MOSAIC_REFERENCE), AS_PROJECTOR)
                .expectEvents(new DeliveredToMosaic(ID, MOSAIC_REFERENCE))
                .expectState(assessment -> assertThat(assessment.state().delivery()).isEqualTo(DeliveryStatus.RECEIVED));
    }

    @Test
    void givenDelivered_whenALateFailureIsReported_thenNothingIsAppended() {
        fixture.given(Given.deliveredToMosaic())
                .when(new RecordMosaicDeliveryFailure(ID, "timeout", PARKED), AS_PROJECTOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aFailureWithoutAReasonIsRefused() {
        fixture.given(Given.finished())
                .when(new RecordMosaicDeliveryFailure(ID, "", RETRYING), AS_PROJECTOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("reason", "A failed delivery needs a reason"));
    }
}
