package uk.earlyhelp.portal.cluster;

import java.sql.Timestamp;
import java.time.Duration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nodes alive on this database, by a heartbeat row each in {@code cluster_node} (Flyway V140), written and compared
 * on the database's clock, so nodes' clocks need not agree. A node is alive while its row is younger than
 * {@code aliveFor}; a killed node's row simply ages.
 */
final class NodeRoster {

    private final JdbcTemplate jdbc;
    private final String node;
    private final Duration aliveFor;

    NodeRoster(JdbcTemplate jdbc, String node, Duration aliveFor) {
        this.jdbc = jdbc;
        this.node = node;
        this.aliveFor = aliveFor;
    }

    /** Writes this node's heartbeat and answers how many nodes are alive, this one included. */
    int beatAndCount() {
        if (jdbc.update("update cluster_node set seen_at = localtimestamp where node_name = ?", node) == 0) {
            try {
                jdbc.update("insert into cluster_node (node_name, seen_at) values (?, localtimestamp)", node);
            } catch (DuplicateKeyException insertedMeanwhile) {
                jdbc.update("update cluster_node set seen_at = localtimestamp where node_name = ?", node);
            }
        }
        Integer alive = jdbc.query("select seen_at, localtimestamp from cluster_node", rows -> {
            int count = 0;
            while (rows.next()) {
                Timestamp seen = rows.getTimestamp(1);
                Timestamp now = rows.getTimestamp(2);
                if (Duration.between(seen.toInstant(), now.toInstant()).compareTo(aliveFor) < 0) {
                    count++;
                }
            }
            return count;
        });
        return Math.max(1, alive == null ? 1 : alive);
    }

    /** A node stopped on purpose leaves at once, so the others need not wait for its row to age. */
    void leave() {
        jdbc.update("delete from cluster_node where node_name = ?", node);
    }
}
