package uk.earlyhelp.portal.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * The data the benchmark measured against, checked before a single page is fetched: the read model must hold every
 * assessment, and the practitioner's own number of them.
 */
final class StoreSize {

    private final DataSource dataSource;

    StoreSize(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void print(int assessments, int own, String practitioner) throws SQLException {
        long rows = count("select count(*) from my_assessment", null);
        long theirs = count("select count(*) from my_assessment where author_id = ?", practitioner);
        if (rows != assessments || theirs != own) {
            throw new AssertionError("my_assessment holds " + rows + " rows, " + theirs + " of them " + practitioner
                    + "'s; expected " + assessments + " and " + own);
        }
        System.out.printf("data: %d events (%d snapshots) in the store; my_assessment %d rows (%d %s's, %d submitted), "
                        + "my_assessment_family_member %d rows, %d distinct authors%n",
                count("select count(*) from domain_event_entry", null),
                count("select count(*) from snapshot_event_entry", null), rows, theirs, practitioner,
                count("select count(*) from my_assessment where status = 'SUBMITTED'", null),
                count("select count(*) from my_assessment_family_member", null),
                count("select count(distinct author_id) from my_assessment", null));
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
