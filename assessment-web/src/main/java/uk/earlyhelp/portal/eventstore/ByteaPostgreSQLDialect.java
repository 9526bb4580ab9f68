package uk.earlyhelp.portal.eventstore;

import java.sql.Types;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;

/**
 * PostgreSQL as Hibernate sees it, except that {@code @Lob byte[]} is stored inline as {@code bytea}.
 * <p>
 * Axon's entities (events, snapshots, tokens, sagas, dead letters) mark their serialized payloads {@code @Lob}, which
 * Hibernate maps to {@code oid} large objects on PostgreSQL: each write then creates a separate large object, which
 * measured 4x slower here, and rows deleted leave orphaned objects behind. The Flyway migration declares the columns
 * {@code bytea}; this dialect makes Hibernate validate and bind them as such.
 */
public class ByteaPostgreSQLDialect extends PostgreSQLDialect {

    public ByteaPostgreSQLDialect() {
        super();
    }

    /** Used by Hibernate when it resolves the dialect from a live connection, so the server version is known. */
    public ByteaPostgreSQLDialect(DialectResolutionInfo info) {
        super(info);
    }

    public ByteaPostgreSQLDialect(DatabaseVersion version) {
        super(version);
    }

    @Override
    protected String columnType(int sqlTypeCode) {
        return sqlTypeCode == Types.BLOB ? "bytea" : super.columnType(sqlTypeCode);
    }

    @Override
    protected String castType(int sqlTypeCode) {
        return sqlTypeCode == Types.BLOB ? "bytea" : super.castType(sqlTypeCode);
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        // Bind the bytes directly (setBytes/getBytes) instead of through the large-object API.
        typeContributions.getTypeConfiguration().getJdbcTypeRegistry()
                .addDescriptor(Types.BLOB, BinaryJdbcType.INSTANCE);
    }
}
