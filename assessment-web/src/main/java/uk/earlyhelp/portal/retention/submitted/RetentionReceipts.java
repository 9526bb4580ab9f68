package uk.earlyhelp.portal.retention.submitted;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The submitted assessments due for erasure (from the reconciliation's {@code submission_delivery}, which has each
 * submission's instant and Mosaic reference) and the receipts of those erased (table {@code retention_receipt}).
 */
@Component
public class RetentionReceipts {

    /** A receipt: that the assessment existed and was erased, and when; no personal data. */
    public record Receipt(String assessmentId, Instant submittedAt, Instant dueAt, Instant erasedAt,
                          String mosaicReference) {
    }

    private final JdbcTemplate jdbc;

    RetentionReceipts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Due: kept for the whole period (counted in the council's calendar), and without a receipt yet. */
    List<DueForErasure> due(Instant now, Period keepFor, ZoneId zone) {
        Instant submittedBefore = now.atZone(zone).minus(keepFor).toInstant();
        return jdbc.query("select s.assessment_id, s.submitted_at, s.mosaic_reference from submission_delivery s "
                        + "left join retention_receipt r on r.assessment_id = s.assessment_id "
                        + "where r.assessment_id is null and s.submitted_at <= ? order by s.submitted_at",
                (row, n) -> {
                    Instant submittedAt = row.getTimestamp("submitted_at").toInstant();
                    return new DueForErasure(row.getString("assessment_id"), submittedAt,
                            submittedAt.atZone(zone).plus(keepFor).toInstant(), row.getString("mosaic_reference"));
                }, Timestamp.from(submittedBefore));
    }

    /** False when a receipt was kept already (a rerun, another node). */
    boolean record(DueForErasure erased, Instant erasedAt) {
        try {
            jdbc.update("insert into retention_receipt (assessment_id, submitted_at, due_at, erased_at, "
                    + "mosaic_reference) values (?, ?, ?, ?, ?)", erased.assessmentId(),
                    Timestamp.from(erased.submittedAt()), Timestamp.from(erased.dueAt()), Timestamp.from(erasedAt),
                    erased.mosaicReference());
            return true;
        } catch (DuplicateKeyException keptAlready) {
            return false;
        }
    }

    public Optional<Receipt> of(String assessmentId) {
        return jdbc.query("select * from retention_receipt where assessment_id = ?", (row, n) -> new Receipt(
                row.getString("assessment_id"), row.getTimestamp("submitted_at").toInstant(),
                row.getTimestamp("due_at").toInstant(), row.getTimestamp("erased_at").toInstant(),
                row.getString("mosaic_reference")), assessmentId).stream().findFirst();
    }
}
