package uk.earlyhelp.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.earlyhelp.portal.EmbeddedPostgresDatabase;

/**
 * V150 on each database the portal runs on (ADR 0032): rows written while people were named by email address (the
 * schema as it was before, up to V90) name them by account id afterwards, an address no account holds as
 * {@code unknown-account}; ids and system actors are left alone, snapshots dropped, and on PostgreSQL the two logs are
 * append-only again afterwards. Plain Flyway and JDBC, no Spring context.
 */
class PeopleByAccountIdMigrationTest {

    private static final String ACCOUNT = "0b8e1f52-0000-4000-8000-0000000000aa";

    @Test
    void onH2() {
        reKeysEveryAddress(new DriverManagerDataSource(
                "jdbc:h2:mem:people-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""), "h2");
    }

    @Test
    void onPostgres() {
        JdbcTemplate jdbc = reKeysEveryAddress(new DriverManagerDataSource(
                EmbeddedPostgresDatabase.freshDatabaseUrl(), EmbeddedPostgresDatabase.USER, ""), "postgresql");

        assertThatThrownBy(() -> jdbc.update("delete from audit_access_log"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update account_history set actor = 'x'"))
                .hasMessageContaining("append-only");
    }

    private static JdbcTemplate reKeysEveryAddress(DriverManagerDataSource database, String vendor) {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        flyway(database, vendor).target("90").load().migrate(); // the schema as main had it before V150
        jdbc.update("insert into account (id, email, first_name, last_name, job_title, role, status, password_hash,"
                + " requested_at, version) values (?, 'pat@example.org', 'Pat', 'Lee', 'Teacher', 'PRACTITIONER',"
                + " 'APPROVED', 'x', current_timestamp, 0)", ACCOUNT);
        jdbc.update("insert into my_assessment (assessment_id, author_id, form_id, form_version, form_title, status,"
                + " last_changed, family_name) values ('mine', 'Pat@example.org', 'f', 1, 't', 'PART_COMPLETED',"
                + " current_timestamp, ''), ('gone', 'gone@example.org', 'f', 1, 't', 'PART_COMPLETED',"
                + " current_timestamp, ''), ('ids', ?, 'f', 1, 't', 'PART_COMPLETED', current_timestamp, '')", ACCOUNT);
        jdbc.update("insert into audit_assessment (assessment_id, author_id, form_title, status, deleted, last_changed,"
                + " family_name) values ('mine', 'pat@example.org', 't', 'DRAFT', false, current_timestamp, '')");
        jdbc.update("insert into submission_delivery (assessment_id, submitted_on, submitted_at, submitted_by,"
                + " failures_recorded) values ('mine', current_date, current_timestamp, 'pat@example.org', 0)");
        jdbc.update("insert into audit_access_log (accessed_at, actor_id, what) values (current_timestamp,"
                + " 'pat@example.org', 'PDF'), (current_timestamp, 'system', 'PDF')");
        jdbc.update("insert into account_history (account_id, happened_at, what, actor) values (?, current_timestamp,"
                + " 'INVITED', 'pat@example.org')", ACCOUNT);
        jdbc.update("insert into snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier,"
                + " time_stamp, payload_type, payload) values ('mine', 5, 'Assessment', 'e-1', 't', 'A', ?)",
                (Object) "{\"authorId\":\"pat@example.org\"}".getBytes());

        flyway(database, vendor).load().migrate();

        assertThat(jdbc.queryForList("select assessment_id || '=' || author_id from my_assessment order by assessment_id",
                String.class)).containsExactly("gone=unknown-account", "ids=" + ACCOUNT, "mine=" + ACCOUNT);
        assertThat(jdbc.queryForObject("select author_id from audit_assessment", String.class)).isEqualTo(ACCOUNT);
        assertThat(jdbc.queryForObject("select submitted_by from submission_delivery", String.class)).isEqualTo(ACCOUNT);
        assertThat(jdbc.queryForList("select actor_id from audit_access_log order by id", String.class))
                .containsExactly(ACCOUNT, "system");
        assertThat(jdbc.queryForObject("select actor from account_history", String.class)).isEqualTo(ACCOUNT);
        assertThat(jdbc.queryForObject("select count(*) from snapshot_event_entry", Integer.class)).isZero();
        return jdbc;
    }

    private static FluentConfiguration flyway(DriverManagerDataSource database, String vendor) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration/" + vendor);
    }
}
