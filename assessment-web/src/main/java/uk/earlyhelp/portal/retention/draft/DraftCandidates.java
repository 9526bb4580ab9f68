package uk.earlyhelp.portal.retention.draft;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The drafts My Assessments says were last changed long enough ago to be warned or deleted: only a shortlist, each
 * checked against the event store before anything is done (the read model may lag a save).
 */
@Component
class DraftCandidates {

    /** A draft on the shortlist and its author (an id the account is found by). */
    record Candidate(String assessmentId, String authorId) {
    }

    private final JdbcTemplate jdbc;

    DraftCandidates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Candidate> changedBefore(Instant cutOff) {
        return jdbc.query("select assessment_id, author_id from my_assessment where status = 'PART_COMPLETED' "
                        + "and last_changed <= ? order by last_changed", (row, n) -> new Candidate(
                row.getString("assessment_id"), row.getString("author_id")), Timestamp.from(cutOff));
    }
}
