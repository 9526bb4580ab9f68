package uk.earlyhelp.portal.retention.draft;

import java.time.Instant;

/**
 * A draft's last recorded change, from the event store itself (never a read model, which may lag a save made a moment
 * ago on another node).
 *
 * @param version the sequence number of its last event: deleting names it, so a later change stops the deletion
 */
record LastChange(String assessmentId, long version, Instant at) {
}
