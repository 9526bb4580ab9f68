package uk.earlyhelp.query.relationship;

import jakarta.persistence.EntityManager;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * The relationship read models on a fresh in-memory H2, made by the portal's own Flyway scripts and checked against
 * the entities by Hibernate (validate), without Spring.
 */
final class RelationshipDatabase implements AutoCloseable {

    private final SessionFactory sessions;

    RelationshipDatabase() {
        String url = "jdbc:h2:mem:relationships-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/h2").load().migrate();
        sessions = new MetadataSources(new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_JDBC_URL, url)
                .applySetting(AvailableSettings.JAKARTA_JDBC_USER, "sa")
                .applySetting(AvailableSettings.JAKARTA_JDBC_PASSWORD, "")
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .build())
                .addAnnotatedClass(ChildRecordRow.class)
                .addAnnotatedClass(ChildDetailChangeRow.class)
                .addAnnotatedClass(ChildViewRow.class)
                .addAnnotatedClass(LinkRequestRow.class)
                .addAnnotatedClass(LinkedChildRow.class)
                .buildMetadata()
                .buildSessionFactory();
    }

    /** Runs inside one transaction, as one batch of an event processor would. */
    void inTransaction(Consumer<EntityManager> work) {
        sessions.inTransaction(work::accept);
    }

    <T> T query(Function<EntityManager, T> query) {
        return sessions.fromTransaction(query::apply);
    }

    @Override
    public void close() {
        sessions.close();
    }
}
