package uk.earlyhelp.portal.myassessments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.earlyhelp.portal.EmbeddedPostgresDatabase;

/** My Assessments on production's database. The context starting proves Flyway's tables match the entities. */
@SpringBootTest
@ActiveProfiles("postgres")
class PostgresMyAssessmentsTest extends MyAssessmentsContract {

    @DynamicPropertySource
    static void embeddedPostgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.useFreshDatabase(registry);
    }

    @Test
    void anAuthorsListIsReadThroughItsIndexNewestFirst() {
        assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'ix_my_assessment_author_last_changed'",
                String.class)).contains("(author_id, last_changed DESC, assessment_id)");
    }
}
