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
import uk.earlyhelp.assessment.api.MosaicDeliveryFailed;
import uk.earlyhelp.assessment.api.RecordMosaicDelivery;
import uk.earlyhelp.assessment.api.RecordMosaicDeliveryFailure;

/** Delivery into Mosaic is at-least-once: repeated reports of the same outcome append nothing. */
class MosaicDeliveryTest {

    private static final MetaData AS_PROJECTOR = MetaData.with(ActingUser.METADATA_KEY, "mosaic-projector");

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
                .when(new RecordMosaicDeliveryFailure(ID, "HTTP 503"), AS_PROJECTOR)
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
    void aFailedDeliveryIsRecordedWithItsReason() {
        fixture.given(Given.finished())
                .when(new RecordMosaicDeliveryFailure(ID, "HTTP 503 from the integration endpoint"), AS_PROJECTOR)
                .expectEvents(new MosaicDeliveryFailed(ID, "HTTP 503 from the integration endpoint"));
    }

    @Test
    void givenAFailedDelivery_whenTheRetrySucceeds_thenItIsDelivered() {
        fixture.given(Given.then(Given.finished(), new MosaicDeliveryFailed(ID, "timeout")))
                .when(new RecordMosaicDelivery(ID, MOSAIC_REFERENCE), AS_PROJECTOR)
                .expectEvents(new DeliveredToMosaic(ID, MOSAIC_REFERENCE));
    }

    @Test
    void givenDelivered_whenALateFailureIsReported_thenNothingIsAppended() {
        fixture.given(Given.deliveredToMosaic())
                .when(new RecordMosaicDeliveryFailure(ID, "timeout"), AS_PROJECTOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aFailureWithoutAReasonIsRefused() {
        fixture.given(Given.finished())
                .when(new RecordMosaicDeliveryFailure(ID, ""), AS_PROJECTOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("reason", "A failed delivery needs a reason"));
    }
}
