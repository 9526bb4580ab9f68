package uk.earlyhelp.portal.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.eventstore.EventStoreProperties;
import uk.earlyhelp.relationship.api.ChildRecord;
import uk.earlyhelp.relationship.api.RecordChildView;
import uk.earlyhelp.relationship.api.ViewerRole;

/**
 * Every opening of a child's record is an event in its stream, so the stream grows with use: child records are
 * snapshotted (an aggregate factory the snapshotter can find), and one read back from its snapshot is the same record.
 */
class ChildSnapshotTest extends RelationshipWebTest {

    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    EventStoreProperties eventStoreProperties;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aChildOpenedManyTimesIsSnapshottedAndLoadsTheSame() throws Exception {
        String childId = recordChild(COORDINATOR, newChild());
        ChildRecord before = queries.child(childId).orElseThrow();

        for (int i = 0; i <= eventStoreProperties.snapshotThreshold(); i++) {
            commands.send(new RecordChildView(childId, "viewer-" + i, ViewerRole.COORDINATOR), COORDINATOR);
        }

        assertThat(eventually(() -> jdbc.queryForObject("select count(*) from snapshot_event_entry"
                + " where aggregate_identifier = ?", Long.class, childId) > 0, "a snapshot of the child")).isTrue();
        assertThat(queries.child(childId)).contains(before);
    }
}
