package uk.earlyhelp.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.assessment.api.AssessmentStatus;
import uk.earlyhelp.assessment.api.MyAssessmentSummary;

class MyAssessmentRowTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

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
        MyAssessmentRow sending = MyAssessmentRow.of(submitted(null, false), LONDON);
        MyAssessmentRow notAccepted = MyAssessmentRow.of(submitted(null, true), LONDON);
        MyAssessmentRow delivered = MyAssessmentRow.of(submitted("STEP-000123", true), LONDON);

        assertThat(sending.deliveryKey()).isEqualTo("dashboard.assessments.delivery.sending");
        assertThat(notAccepted.deliveryKey()).isEqualTo("dashboard.assessments.delivery.notAccepted");
        assertThat(delivered).extracting(MyAssessmentRow::deliveryKey, MyAssessmentRow::mosaicReference)
                .containsExactly("dashboard.assessments.delivery.delivered", "STEP-000123");
        assertThat(MyAssessmentRow.of(summary(AssessmentStatus.PART_COMPLETED, null), LONDON).deliveryKey()).isNull();
    }

    @Test
    void theDateIsTheCouncilsDayNotUtcs() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (British Summer Time).
        assertThat(MyAssessmentRow.of(summary(AssessmentStatus.PART_COMPLETED, null), LONDON).lastChanged())
                .isEqualTo("01/07/2026");
    }

    private static MyAssessmentSummary submitted(String mosaicReference, boolean deliveryFailed) {
        return new MyAssessmentSummary("a-1", "Early Help Assessment – Portal", "Mary Smith", AssessmentStatus.SUBMITTED,
                Instant.parse("2026-06-30T23:30:00Z"), "outcome", mosaicReference, deliveryFailed);
    }

    private static MyAssessmentSummary summary(AssessmentStatus status, String lastSectionId) {
        return new MyAssessmentSummary("a-1", "Early Help Assessment – Portal", "Mary Smith", status,
                Instant.parse("2026-06-30T23:30:00Z"), lastSectionId, null, false);
    }
}
