package uk.earlyhelp.portal.audit.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.earlyhelp.portal.EmbeddedPostgresDatabase;
import uk.earlyhelp.portal.audit.access.AccessLog;

/**
 * The auditors' search on production's database, and the access log's promise there: rows can be added and read,
 * never changed, deleted or truncated, whatever the caller. And no demo assessments in production.
 */
// Demo assessments asked for: the postgres profile alone must keep them out.
@SpringBootTest(properties = "portal.audit.demo-assessments=true")
@ActiveProfiles("postgres")
class PostgresAuditSearchTest extends AuditSearchContract {

    @DynamicPropertySource
    static void embeddedPostgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.useFreshDatabase(registry);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccessLog accessLog;

    @Test
    void theAccessLogIsAppendOnlyWhateverTheCaller() {
        accessLog.record("auditor@example.org", "ASSESSMENT_TIMELINE", "a-1");
        assertThat(accessLog.newestFirst(0, 1).get(0).target()).isEqualTo("a-1");

        assertThatThrownBy(() -> jdbc.update("update audit_access_log set target = 'other'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_access_log")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_access_log")).hasMessageContaining("append-only");
        assertThat(accessLog.size()).isEqualTo(1);
    }

    @Test
    void productionHasNoDemoAssessments() {
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier like 'demo-%'",
                Integer.class)).isZero();
    }
}
