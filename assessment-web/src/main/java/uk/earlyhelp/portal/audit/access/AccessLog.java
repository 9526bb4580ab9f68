package uk.earlyhelp.portal.audit.access;

import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records who read what, and when: every auditor page and export, and any other read of children's data that must be
 * accounted for. Append-only: there is no method to change or delete an entry, and on PostgreSQL a trigger refuses
 * both whatever the caller (migration V45). A page records its read before it answers; if the record cannot be
 * written, the page fails rather than be read unrecorded. Synchronous on purpose: a record's median is about 1 ms and
 * pages show no measurable difference with and without it (AccessRecordingBenchmark, ADR 0021), so nothing is queued
 * and nothing can be lost from a queue.
 */
@Component
public class AccessLog {

    static final int MAX_TARGET = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    // Protected only so that AccessRecordingBenchmark can time the same pages with recording left out.
    protected AccessLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param actorId the reader's id (the signed-in user's {@code id()})
     * @param what    a short code, at most 60 characters, with its wording as {@code accessLog.what.<code>}
     * @param target  what was read (an id, or a search's terms); cut to 1,000 characters
     */
    public void record(String actorId, String what, String target) {
        insert(actorId, what, target, null);
    }

    /**
     * A read of one assessment, found again by {@link #readsOf}: the auditor's timeline of that assessment shows it.
     *
     * @param detail what of it was read, when more than the whole (a section's id, "after event 12"); may be null
     */
    public void recordRead(String actorId, String what, String assessmentId, String detail) {
        insert(actorId, what, detail == null ? assessmentId : assessmentId + " " + detail, assessmentId);
    }

    private void insert(String actorId, String what, String target, String assessmentId) {
        String cut = target == null || target.length() <= MAX_TARGET ? target : target.substring(0, MAX_TARGET);
        jdbc.update("insert into audit_access_log (accessed_at, actor_id, what, target, assessment_id)"
                        + " values (?, ?, ?, ?, ?)",
                java.sql.Timestamp.from(clock.instant()), actorId, what, cut, assessmentId);
    }

    /** The latest {@code limit} reads of one assessment, newest first. */
    public List<AccessLogEntry> readsOf(String assessmentId, int limit) {
        return jdbc.query("select id, accessed_at, actor_id, what, target from audit_access_log where assessment_id = ?"
                        + " order by accessed_at desc, id desc fetch first ? rows only",
                (rs, row) -> entry(rs), assessmentId, limit);
    }

    public long readCountOf(String assessmentId) {
        Long count = jdbc.queryForObject("select count(*) from audit_access_log where assessment_id = ?", Long.class,
                assessmentId);
        return count == null ? 0 : count;
    }

    private static AccessLogEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AccessLogEntry(rs.getLong("id"), rs.getTimestamp("accessed_at").toInstant(),
                rs.getString("actor_id"), rs.getString("what"), rs.getString("target"));
    }

    /** One page of the log, newest first (page from 0). */
    public List<AccessLogEntry> newestFirst(int page, int pageSize) {
        return jdbc.query("select id, accessed_at, actor_id, what, target from audit_access_log"
                        + " order by accessed_at desc, id desc offset ? rows fetch next ? rows only",
                (rs, row) -> entry(rs), (long) page * pageSize, pageSize);
    }

    public long size() {
        Long count = jdbc.queryForObject("select count(*) from audit_access_log", Long.class);
        return count == null ? 0 : count;
    }
}
