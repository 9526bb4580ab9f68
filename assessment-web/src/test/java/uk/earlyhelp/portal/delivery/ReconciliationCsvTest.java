package uk.earlyhelp.portal.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.mosaic.reconciliation.DeliveryState;
import uk.earlyhelp.mosaic.reconciliation.ReconciledSubmission;
import uk.earlyhelp.mosaic.reconciliation.ReconciliationDay;

class ReconciliationCsvTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void oneQuotedLinePerSubmissionWithTheCouncilsDayAndTimes() {
        LocalDate day = LocalDate.parse("2026-07-01");
        List<ReconciliationDay> days = List.of(new ReconciliationDay(day, List.of(
                new ReconciledSubmission("a-1", Instant.parse("2026-06-30T23:30:00.123Z"), "someone", DeliveryState.DELIVERED,
                        "STEP-000001", Instant.parse("2026-06-30T23:30:02Z"), null),
                new ReconciledSubmission("a-2", Instant.parse("2026-07-01T09:00:00Z"), "someone", DeliveryState.PARKED,
                        null, null, "Mosaic refused the submission: HTTP 400 (\"REJECTED\")"))),
                new ReconciliationDay(day.plusDays(1), List.of()));

        assertThat(ReconciliationCsv.of(days, LONDON)).isEqualTo(ReconciliationCsv.HEADER + "\r\n"
                + "\"2026-07-01\",\"a-1\",\"2026-07-01T00:30:00+01:00\",\"DELIVERED\",\"STEP-000001\","
                + "\"2026-07-01T00:30:02+01:00\",\"\"\r\n"
                + "\"2026-07-01\",\"a-2\",\"2026-07-01T10:00:00+01:00\",\"PARKED\",\"\",\"\","
                + "\"Mosaic refused the submission: HTTP 400 (\"\"REJECTED\"\")\"\r\n");
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(ReconciliationCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(ReconciliationCsv.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(ReconciliationCsv.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(ReconciliationCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(ReconciliationCsv.cell("\tx")).isEqualTo("\"'\tx\"");
        assertThat(ReconciliationCsv.cell("a-1=2")).isEqualTo("\"a-1=2\"");
    }
}
