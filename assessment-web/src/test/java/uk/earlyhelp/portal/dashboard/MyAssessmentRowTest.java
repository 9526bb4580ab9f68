package uk.earlyhelp.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import uk.earlyhelp.assessment.api.AssessmentStatus;
import uk.earlyhelp.assessment.api.DeliveryStatus;
import uk.earlyhelp.assessment.api.MyAssessmentSummary;

class MyAssessmentRowTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
    }

    @Test
    void aDraftReopensAtTheSectionLastEditedAndCanBeDeleted() {
        MyAssessmentRow row = MyAssessmentRow.of(summary(AssessmentStatus.PART_COMPLETED, "outcome"), LONDON);

        assertThat(row.openHref()).isEqualTo("/assessments/a-1/sections/outcome");
        assertThat(row.deleteHref()).isEqualTo("/assessments/a-1/delete");
        assertThat(row.statusKey()).isEqualTo("status.PART_COMPLETED");
    }

    @Test
    void aDraftNoSectionOfWhichWasSavedOpensAtItsTaskList() {
        assertThat(MyAssessmentRow.of(summary(AssessmentStatus.PART_COMPLETED, null), LONDON).openHref())
                .isEqualTo("/assessments/a-1");
    }

    @Test
    void aSubmittedAssessmentOpensReadOnlyAndCannotBeDeleted() {
        MyAssessmentRow row = MyAssessmentRow.of(summary(AssessmentStatus.SUBMITTED, "outcome"), LONDON);

        assertThat(row.openHref()).isEqualTo("/assessments/a-1");
        assertThat(row.deleteHref()).isNull();
        assertThat(row.statusKey()).isEqualTo("status.SUBMITTED");
    }

    @Test
    void aSubmittedAssessmentSaysWhereItsDeliveryToMosaicStands() {
        assertThat(MyAssessmentRow.of(submitted(null, DeliveryStatus.SENDING), LONDON).deliveryKey())
                .isEqualTo("delivery.status.SENDING");
        assertThat(MyAssessmentRow.of(submitted(null, DeliveryStatus.RETRYING), LONDON).deliveryKey())
                .isEqualTo("delivery.status.RETRYING");
        assertThat(MyAssessmentRow.of(submitted(null, DeliveryStatus.PARKED), LONDON).deliveryKey())
                .isEqualTo("delivery.status.PARKED");
        assertThat(MyAssessmentRow.of(submitted("STEP-000123", DeliveryStatus.RECEIVED), LONDON))
                .extracting(MyAssessmentRow::deliveryKey, MyAssessmentRow::mosaicReference)
                .containsExactly("delivery.status.RECEIVED", "STEP-000123");
        assertThat(MyAssessmentRow.of(summary(AssessmentStatus.PART_COMPLETED, null), LONDON).deliveryKey()).isNull();
    }

    @Test
    void eachDeliveryStatusIsWordedAsDomainMdNamesIt() {
        assertThat(word(DeliveryStatus.SENDING, null)).isEqualTo("Sending to Mosaic");
        assertThat(word(DeliveryStatus.RETRYING, null)).isEqualTo("Not yet delivered – retrying");
        assertThat(word(DeliveryStatus.PARKED, null)).isEqualTo("Delivery failed – support notified");
        assertThat(word(DeliveryStatus.RECEIVED, "STEP-000123")).isEqualTo("Received by Mosaic (reference STEP-000123)");
    }

    @Test
    void theDateIsTheCouncilsDayNotUtcs() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (British Summer Time).
        assertThat(MyAssessmentRow.of(summary(AssessmentStatus.PART_COMPLETED, null), LONDON).lastChanged())
                .isEqualTo("01/07/2026");
    }

    private static MyAssessmentSummary submitted(String mosaicReference, DeliveryStatus delivery) {
        return new MyAssessmentSummary("a-1", "Early Help Assessment – Portal", "Mary Smith", AssessmentStatus.SUBMITTED,
                Instant.parse("2026-06-30T23:30:00Z"), "outcome", mosaicReference, delivery);
    }

    /** The text the page shows, from the portal's own messages.properties. */
    private static String word(DeliveryStatus status, String mosaicReference) {
        MyAssessmentRow row = MyAssessmentRow.of(submitted(mosaicReference, status), LONDON);
        return MESSAGES.getMessage(row.deliveryKey(), new Object[] {row.mosaicReference()}, Locale.UK);
    }

    private static MyAssessmentSummary summary(AssessmentStatus status, String lastSectionId) {
        return new MyAssessmentSummary("a-1", "Early Help Assessment – Portal", "Mary Smith", status,
                Instant.parse("2026-06-30T23:30:00Z"), lastSectionId, null, null);
    }
}
