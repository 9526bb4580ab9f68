package uk.earlyhelp.portal.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a database holds, table by table: a SHA-256 over each table's rows (every column, blobs as hex), taken in an
 * order of their own so that the physical order a restore writes them in does not count. Two databases with equal
 * fingerprints hold the same rows.
 */
final class TableFingerprints {

    private TableFingerprints() {
    }

    /** Table name (lower case) to its row count and digest, for every table of {@code schema}. */
    static Map<String, String> of(Connection connection, String schema) throws Exception {
        Map<String, String> fingerprints = new TreeMap<>();
        DatabaseMetaData metadata = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet found = metadata.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME"));
            }
        }
        for (String table : tables) {
            fingerprints.put(table.toLowerCase(), fingerprint(connection, schema, table));
        }
        return fingerprints;
    }

    private static String fingerprint(Connection connection, String schema, String table) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select * from \"" + schema + "\".\"" + table + "\"")) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    row.append(value(result, column)).append('\u0001');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        rows.forEach(row -> sha.update(row.getBytes(StandardCharsets.UTF_8)));
        return rows.size() + " rows " + HexFormat.of().formatHex(sha.digest());
    }

    private static String value(ResultSet result, int column) throws SQLException {
        Object value = result.getObject(column);
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value instanceof java.sql.Blob blob) {
            return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
        }
        if (value instanceof java.sql.Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return String.valueOf(value);
    }

    /** The one number a query such as {@code select count(*) …} answers. */
    static long number(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
