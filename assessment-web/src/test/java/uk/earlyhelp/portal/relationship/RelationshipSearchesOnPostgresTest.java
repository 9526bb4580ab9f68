package uk.earlyhelp.portal.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.portal.EmbeddedPostgresDatabase;
import uk.earlyhelp.query.relationship.ChildRecordsProjection;
import uk.earlyhelp.query.relationship.LinkRequestsProjection;
import uk.earlyhelp.relationship.api.ChildRecordSummary;
import uk.earlyhelp.relationship.api.FindChildRecordCandidates;
import uk.earlyhelp.relationship.api.FindMyLinkRequests;
import uk.earlyhelp.relationship.api.LinkRequestSummary;

/**
 * The searches of a practitioner's own requests and of a locality's child records on production's database: the
 * PostgreSQL migrations (V44's index included), Hibernate's PostgreSQL SQL, {@code like} with its escape character and
 * {@code lower()} of non-ASCII names. Rows are written as the projections would have; no Spring.
 */
class RelationshipSearchesOnPostgresTest {

    private static String url;
    private static SessionFactory sessions;

    @BeforeAll
    static void database() throws Exception {
        url = EmbeddedPostgresDatabase.freshDatabaseUrl();
        Flyway.configure().dataSource(url, EmbeddedPostgresDatabase.USER, "")
                .locations("classpath:db/migration/postgresql").load().migrate();
        MetadataSources sources = new MetadataSources(new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_JDBC_URL, url)
                .applySetting(AvailableSettings.JAKARTA_JDBC_USER, EmbeddedPostgresDatabase.USER)
                .applySetting(AvailableSettings.JAKARTA_JDBC_PASSWORD, "")
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .build());
        // The rows are the query module's own business (package-private); named here only to map them.
        for (String row : List.of("ChildRecordRow", "LinkRequestRow")) {
            sources.addAnnotatedClass(Class.forName("uk.earlyhelp.query.relationship." + row));
        }
        sessions = sources.buildMetadata().buildSessionFactory();
        sql("""
                insert into child_record values
                 ('c1', 'North', 'Siân', 'O''Brien', date '2019-03-14', '', '', '', '', '', 'COORDINATOR', '', '', now()),
                 ('c2', 'North', 'Tom_', '100%', date '2018-01-01', '', '', '', '', '', 'COORDINATOR', '', '', now()),
                 ('c3', 'North', 'Thomas', 'Smith', date '2018-01-01', '', '', '', '', '', 'COORDINATOR', '', '', now()),
                 ('c4', 'South', 'Siân', 'Smith', date '2019-03-14', '', '', '', '', '', 'COORDINATOR', '', '', now())""");
        sql("""
                insert into link_request (link_id, practitioner_id, locality, child_first_name, child_last_name,
                        child_date_of_birth, child_mosaic_reference, reason, status, requested_at, decided_by,
                        decided_at, outcome_reason) values
                 ('waiting', 'p1', 'North', 'Tom', 'Smith', '2019-03-14', '', 'r', 'PENDING', now(), null, null, null),
                 ('declined', 'p1', 'North', 'Tom', 'Smith', '2019-03-14', '', 'r', 'DECLINED', now(), 'k1', now(), 'No'),
                 ('old', 'p1', 'North', 'Tom', 'Smith', '2019-03-14', '', 'r', 'DECLINED', now(), 'k1',
                  now() - interval '40 days', 'No'),
                 ('withdrawn', 'p1', 'North', 'Tom', 'Smith', '2019-03-14', '', 'r', 'WITHDRAWN', now(), 'p1', now(),
                  'WITHDRAWN_BY_PRACTITIONER'),
                 ('others', 'p2', 'North', 'Tom', 'Smith', '2019-03-14', '', 'r', 'PENDING', now(), null, null, null)""");
    }

    @AfterAll
    static void close() {
        if (sessions != null) {
            sessions.close();
        }
    }

    @Test
    void childRecordsAreFoundByPartOfANameInAnyCaseOrByDateOfBirthWithTheGivenBirthdayFirst() {
        assertThat(candidates("", "")).containsExactly("c1", "c2", "c3");
        assertThat(candidates("SIÂN", "")).containsExactly("c1");
        assertThat(candidates("o'b", "")).containsExactly("c1");
        assertThat(candidates("thomas smi", "")).containsExactly("c3");
        assertThat(candidates("%", "")).containsExactly("c2");
        assertThat(candidates("m_", "")).containsExactly("c2");
        assertThat(candidates("", "2018-01-01")).containsExactly("c2", "c3");
    }

    @Test
    void aPractitionersOwnWaitingAndRecentlyDeclinedRequestsOnly() {
        List<String> mine = sessions.fromTransaction(em -> new LinkRequestsProjection(em)
                        .handle(new FindMyLinkRequests("p1", Instant.now().minusSeconds(30L * 24 * 3600))))
                .requests().stream().map(LinkRequestSummary::linkId).toList();
        assertThat(mine).containsExactly("waiting", "declined");
    }

    private static List<String> candidates(String namePart, String dateOfBirth) {
        return sessions.fromTransaction(em -> new ChildRecordsProjection(em).handle(
                        new FindChildRecordCandidates("North", namePart, dateOfBirth, "2019-03-14", 10)))
                .children().stream().map(ChildRecordSummary::childId).toList();
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgresDatabase.USER, "");
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
