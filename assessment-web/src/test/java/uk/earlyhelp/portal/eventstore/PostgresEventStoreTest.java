package uk.earlyhelp.portal.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.earlyhelp.portal.EmbeddedPostgresDatabase;

/** Production's database: a real PostgreSQL server with the {@code postgres} profile's settings. */
@SpringBootTest
@ActiveProfiles("postgres")
class PostgresEventStoreTest extends EventStoreContract {

    @DynamicPropertySource
    static void embeddedPostgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.useFreshDatabase(registry);
    }

    @Test
    void startsOnPostgresWithValidatedSchema() {
        assertThat(jdbc.queryForObject("select success from flyway_schema_history where version = '1'",
                Boolean.class)).isTrue();
    }

    @Test
    void storesSerializedPayloadsAsByteaNotLargeObjects() {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = current_schema()
                  and column_name in ('payload', 'meta_data', 'token', 'serialized_saga', 'diagnostics')
                order by table_name, column_name""");

        assertThat(columns).extracting(column -> column.get("table_name") + "." + column.get("column_name"))
                .contains("domain_event_entry.payload", "domain_event_entry.meta_data",
                        "snapshot_event_entry.payload", "snapshot_event_entry.meta_data",
                        "token_entry.token", "saga_entry.serialized_saga",
                        "dead_letter_entry.payload", "dead_letter_entry.meta_data",
                        "dead_letter_entry.token", "dead_letter_entry.diagnostics");
        assertThat(columns).extracting(column -> column.get("data_type")).containsOnly("bytea");
    }

    @Test
    void givesTheGlobalIndexASequenceOfItsOwnCountingInOnes() {
        assertThat(jdbc.queryForObject(
                "select increment_by from pg_sequences where sequencename = 'domain_event_global_index_seq'",
                Long.class)).isEqualTo(1L);
    }
}
