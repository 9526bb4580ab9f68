package uk.earlyhelp.portal.delivery;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.earlyhelp.mosaic.reconciliation.ReconciledSubmission;
import uk.earlyhelp.mosaic.reconciliation.ReconciliationDay;

/**
 * The reconciliation as CSV (RFC 4180), one line per submission, for the council's own spreadsheet. Every cell is
 * quoted, and one that a spreadsheet would take for a formula (starting =, +, -, @, tab or carriage return) is
 * prefixed with an apostrophe: a reason or an id must never run as a formula on the administrator's machine.
 */
public final class ReconciliationCsv {

    static final String HEADER = "day,assessment_id,submitted_at,state,mosaic_reference,delivered_at,reason";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private ReconciliationCsv() {
    }

    /** @param zone the council's: days and times as the page shows them, with their offset from UTC */
    static String of(List<ReconciliationDay> days, ZoneId zone) {
        Stream<String> lines = days.stream().flatMap(day -> day.submissions().stream()
                .map(submission -> line(day, submission, zone)));
        return Stream.concat(Stream.of(HEADER), lines).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String line(ReconciliationDay day, ReconciledSubmission submission, ZoneId zone) {
        return Stream.of(day.day().toString(), submission.assessmentId(), time(submission.submittedAt(), zone),
                        submission.state().name(), submission.mosaicReference(), time(submission.deliveredAt(), zone),
                        submission.reason())
                .map(ReconciliationCsv::cell).collect(Collectors.joining(","));
    }

    /** One cell, quoted and safe from formula injection; also for the auditors' exports (audit.export). */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? null : TIME.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }
}
