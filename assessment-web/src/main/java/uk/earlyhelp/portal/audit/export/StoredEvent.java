package uk.earlyhelp.portal.audit.export;

/**
 * One event's row in the event store, as written: nothing upcast, nothing deserialized.
 *
 * @param position the global index: the event's place in the whole store's order
 * @param payload  the serialized payload, as stored (JSON text)
 * @param metaData the serialized metadata (JSON text)
 */
record StoredEvent(long position, long sequence, String type, String revision, String timestamp, String payload,
                   String metaData) {
}
