package uk.earlyhelp.portal.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.earlyhelp.portal.EmbeddedPostgresDatabase;

/**
 * What the nodes' shared PostgreSQL says: who holds which processor's segments ({@code token_entry}), whether every
 * processor has caught up, and the read models' rows, for comparing two states of the database.
 */
final class ClusterDatabase {

    static final String UNCLAIMED = "(unclaimed)";

    private static final Pattern REPLAY_POSITION = Pattern.compile("\"currentToken\"\\s*:\\s*\\{[^}]*\"index\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN_INDEX = Pattern.compile("\"index\"\\s*:\\s*(\\d+)");

    private final String url;

    ClusterDatabase(String url) {
        this.url = url;
    }

    /** Per processor, how many of its segments each owner holds. */
    Map<String, Map<String, Integer>> segments() {
        Map<String, Map<String, Integer>> segments = new TreeMap<>();
        query("select processor_name, coalesce(owner, '" + UNCLAIMED + "') from token_entry", row ->
                segments.computeIfAbsent(row.getString(1), name -> new TreeMap<>()).merge(row.getString(2), 1, Integer::sum));
        return segments;
    }

    /** Every processor with at least as many segments as there are nodes has some held by each of them. */
    boolean sharedBy(Set<String> nodes) {
        Map<String, Map<String, Integer>> segments = segments();
        return !segments.isEmpty() && segments.values().stream().allMatch(owners ->
                owners.values().stream().mapToInt(Integer::intValue).sum() < nodes.size()
                        || owners.keySet().containsAll(nodes));
    }

    /** Every segment of every processor is held by {@code node}. */
    boolean heldOnlyBy(String node) {
        Map<String, Map<String, Integer>> segments = segments();
        return !segments.isEmpty() && segments.values().stream().allMatch(owners -> owners.keySet().equals(Set.of(node)));
    }

    /** Every token (a replay's current one) is at or past the newest event (the tokens are JSON). */
    boolean processorsAtHead() {
        long[] head = {0};
        query("select coalesce(max(global_index), 0) from domain_event_entry", row -> head[0] = row.getLong(1));
        boolean[] atHead = {true};
        query("select token_type, convert_from(token, 'UTF8') from token_entry", row -> {
            String type = row.getString(1);
            String token = row.getString(2);
            // A replay's token stays a ReplayToken until an event past the reset arrives: its current position counts.
            Matcher index = (type != null && type.contains("ReplayToken") ? REPLAY_POSITION : TOKEN_INDEX)
                    .matcher(token == null ? "" : token);
            long position = -1;
            while (index.find()) {
                position = Math.max(position, Long.parseLong(index.group(1)));
            }
            atHead[0] &= type == null ? head[0] == 0 : position >= head[0];
        });
        return atHead[0];
    }

    int count(String sql) {
        int[] count = {0};
        query(sql, row -> count[0] = row.getInt(1));
        return count[0];
    }

    /** Every row of every table but {@code left out}, as text, sorted: two calls compare state for state. */
    Map<String, List<String>> rows(Set<String> leftOut) {
        List<String> tables = new ArrayList<>();
        query("select table_name from information_schema.tables where table_schema = 'public' "
                + "and table_type = 'BASE TABLE'", row -> tables.add(row.getString(1)));
        Map<String, List<String>> rows = new TreeMap<>();
        for (String table : tables) {
            if (!leftOut.contains(table)) {
                List<String> lines = new ArrayList<>();
                query("select t::text from \"" + table + "\" t order by 1", row -> lines.add(row.getString(1)));
                rows.put(table, lines);
            }
        }
        return rows;
    }

    void update(String sql) {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgresDatabase.USER, "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private interface Row {
        void accept(ResultSet row) throws SQLException;
    }

    private void query(String sql, Row each) {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgresDatabase.USER, "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                each.accept(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
