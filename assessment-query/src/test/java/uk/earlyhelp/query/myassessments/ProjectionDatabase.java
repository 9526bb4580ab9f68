package uk.earlyhelp.query.myassessments;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import uk.earlyhelp.assessment.form.FormDefinitionReader;
import uk.earlyhelp.assessment.form.FormDefinitions;

/**
 * My Assessments' tables on a fresh in-memory H2, made by the portal's own Flyway scripts and checked
 * against the entities by Hibernate (validate), without Spring. The projection gets a plain
 * EntityManager, as Spring would give it a transaction-bound one.
 */
final class ProjectionDatabase implements AutoCloseable {

    static final FormDefinitions FORMS = new FormDefinitions(
            List.of(new FormDefinitionReader().readResource("forms/early-help-assessment-v1.yaml")));

    private final SessionFactory sessions;

    ProjectionDatabase() {
        String url = "jdbc:h2:mem:my-assessments-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/h2").load().migrate();
        sessions = new MetadataSources(new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_JDBC_URL, url)
                .applySetting(AvailableSettings.JAKARTA_JDBC_USER, "sa")
                .applySetting(AvailableSettings.JAKARTA_JDBC_PASSWORD, "")
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .build())
                .addAnnotatedClass(MyAssessment.class)
                .buildMetadata()
                .buildSessionFactory();
    }

    /** Hands events to a projection inside one transaction, as one batch of the event processor would. */
    void handle(Consumer<MyAssessmentsProjection> events) {
        sessions.inTransaction(session -> events.accept(new MyAssessmentsProjection(session, FORMS)));
    }

    <T> T query(Function<MyAssessmentsProjection, T> query) {
        return sessions.fromTransaction(session -> query.apply(new MyAssessmentsProjection(session, FORMS)));
    }

    @Override
    public void close() {
        sessions.close();
    }
}
