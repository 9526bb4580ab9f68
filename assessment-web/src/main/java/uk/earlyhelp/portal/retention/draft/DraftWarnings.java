package uk.earlyhelp.portal.retention.draft;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The warnings sent (table {@code draft_retention_warning}): one per draft and version, so a change after a warning
 * (a new version) needs a new one, and a second warning of the same version cannot be recorded, by a rerun or by
 * another node at the same moment (its insert fails on the key).
 */
@Component
class DraftWarnings {

    private final JdbcTemplate jdbc;

    DraftWarnings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The day the warning for this version named, if its author was warned of it. */
    Optional<Instant> deleteAfter(LastChange change) {
        List<Timestamp> found = jdbc.queryForList("select delete_after from draft_retention_warning "
                + "where assessment_id = ? and untouched_since_version = ?", Timestamp.class,
                change.assessmentId(), change.version());
        return found.stream().findFirst().map(Timestamp::toInstant);
    }

    /** False when this version's warning was recorded already (then no second email goes). */
    boolean record(LastChange change, Instant warnedAt, Instant deleteAfter) {
        try {
            jdbc.update("insert into draft_retention_warning (assessment_id, untouched_since_version, "
                    + "last_touched_at, warned_at, delete_after) values (?, ?, ?, ?, ?)", change.assessmentId(),
                    change.version(), Timestamp.from(change.at()), Timestamp.from(warnedAt),
                    Timestamp.from(deleteAfter));
            return true;
        } catch (DuplicateKeyException alreadyWarned) {
            return false;
        }
    }
}
