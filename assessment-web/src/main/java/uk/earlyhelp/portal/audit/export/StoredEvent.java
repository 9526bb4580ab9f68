package uk.earlyhelp.portal.audit.export;

/**
 * One event's row in the event store, as written: nothing upcast, nothing deserialized; or, in an account's export,
 * one entry of the account's own history (append-only, not an event: no position, sequence or revision).
 *
 * @param position the global index: the event's place in the whole store's order (null for an account history entry)
 * @param payload  the serialized payload, as stored (JSON text)
 * @param metaData the serialized metadata (JSON text)
 */
public record StoredEvent(Long position, Long sequence, String type, String revision, String timestamp, String payload,
                   String metaData) {
}
