package uk.earlyhelp.mosaic.standin;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stand-in's own storage: an H2 file database apart from the portal's, so what "Mosaic" holds survives a restart
 * of either. One connection, one caller at a time: the check for a known submission id and the insert of a new one
 * can never interleave, which is what makes a repeated delivery create nothing.
 */
public final class StandInStore implements AutoCloseable {

    private final Connection connection;

    public StandInStore(Path directory) {
        try {
            connection = DriverManager.getConnection("jdbc:h2:file:" + directory.toAbsolutePath().resolve("mosaic")
                    + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE", "sa", "");
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create sequence if not exists step_id_seq");
                ddl.execute("""
                        create table if not exists submission (
                            submission_id varchar(255) primary key,
                            reference     varchar(64) not null unique,
                            received_at   timestamp(6) with time zone not null,
                            deliveries    integer not null,
                            body          character large object not null)""");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The Mosaic stand-in cannot open its storage at " + directory, e);
        }
    }

    /** Stores a new submission under a new reference, or counts a repeat and returns what was stored before. */
    public synchronized Received receive(String submissionId, String body, Instant now) {
        try {
            Optional<StoredSubmission> known = find(submissionId);
            if (known.isPresent()) {
                update("update submission set deliveries = deliveries + 1 where submission_id = ?", submissionId);
                return new Received(known.get(), false);
            }
            String reference = "STEP-%06d".formatted(nextStepId());
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into submission (submission_id, reference, received_at, deliveries, body) values (?, ?, ?, 1, ?)")) {
                insert.setString(1, submissionId);
                insert.setString(2, reference);
                insert.setTimestamp(3, Timestamp.from(now));
                insert.setString(4, body);
                insert.executeUpdate();
            }
            return new Received(new StoredSubmission(submissionId, reference, now, 1), true);
        } catch (SQLException e) {
            throw new IllegalStateException("The Mosaic stand-in could not store a submission", e);
        }
    }

    public synchronized Optional<StoredSubmission> find(String submissionId) {
        List<StoredSubmission> found = select("where submission_id = ?", submissionId);
        return found.stream().findFirst();
    }

    /** Everything held, oldest first. */
    public synchronized List<StoredSubmission> all() {
        return select("order by received_at, submission_id");
    }

    /** The body as received, for tests that check what the portal sent. */
    public synchronized Optional<String> body(String submissionId) {
        try (PreparedStatement query = connection.prepareStatement("select body from submission where submission_id = ?")) {
            query.setString(1, submissionId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<StoredSubmission> select(String where, String... parameters) {
        try (PreparedStatement query = connection.prepareStatement(
                "select submission_id, reference, received_at, deliveries from submission " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            List<StoredSubmission> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new StoredSubmission(rows.getString(1), rows.getString(2),
                            rows.getTimestamp(3).toInstant(), rows.getInt(4)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("The Mosaic stand-in could not read its storage", e);
        }
    }

    private long nextStepId() throws SQLException {
        try (Statement next = connection.createStatement();
             ResultSet row = next.executeQuery("select next value for step_id_seq")) {
            row.next();
            return row.getLong(1);
        }
    }

    private void update(String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param created false when the submission id was known: nothing was created */
    public record Received(StoredSubmission submission, boolean created) {
    }
}
