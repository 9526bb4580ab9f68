package uk.earlyhelp.portal.myassessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.earlyhelp.portal.EmbeddedPostgresDatabase;

/**
 * V41 on each database the portal runs on: My Assessments rows projected before it (at V40, with the yes/no
 * {@code mosaic_delivery_failed}) get the delivery status a replay would give them, a failure reading as retrying
 * (as the upcaster reads revision 1 of the event). Plain Flyway and JDBC, no Spring context.
 */
class MyAssessmentsDeliveryMigrationTest {

    @Test
    void onH2() {
        migratesRowsProjectedBeforeTheDeliveryStatus(
                new DriverManagerDataSource("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""),
                "h2");
    }

    @Test
    void onPostgres() {
        migratesRowsProjectedBeforeTheDeliveryStatus(new DriverManagerDataSource(
                EmbeddedPostgresDatabase.freshDatabaseUrl(), EmbeddedPostgresDatabase.USER, ""), "postgresql");
    }

    private static void migratesRowsProjectedBeforeTheDeliveryStatus(DriverManagerDataSource database, String vendor) {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        flyway(database, vendor).target("40").load().migrate();
        row(jdbc, "draft", "PART_COMPLETED", null, false);
        row(jdbc, "sending", "SUBMITTED", null, false);
        row(jdbc, "failed", "SUBMITTED", null, true);
        row(jdbc, "received", "SUBMITTED", "STEP-1", false);
        row(jdbc, "received-after-failing", "SUBMITTED", "STEP-2", true);

        flyway(database, vendor).load().migrate();

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select assessment_id, delivery_status from my_assessment order by assessment_id");
        assertThat(rows).extracting(row -> row.get("assessment_id") + "=" + row.get("delivery_status"))
                .containsExactly("draft=null", "failed=RETRYING", "received=RECEIVED",
                        "received-after-failing=RECEIVED", "sending=SENDING");
        assertThat(jdbc.queryForObject("select count(*) from information_schema.columns"
                + " where lower(table_name) = 'my_assessment' and lower(column_name) = 'mosaic_delivery_failed'",
                Integer.class)).isZero();
    }

    private static FluentConfiguration flyway(DriverManagerDataSource database, String vendor) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration/" + vendor);
    }

    private static void row(JdbcTemplate jdbc, String id, String status, String reference, boolean failed) {
        jdbc.update("insert into my_assessment (assessment_id, author_id, form_id, form_version, form_title, status,"
                + " last_changed, mosaic_reference, mosaic_delivery_failed, family_name)"
                + " values (?, 'p-1', 'early-help-assessment', 1, 'Early Help Assessment – Portal', ?,"
                + " current_timestamp, ?, ?, '')", id, status, reference, failed);
    }
}
