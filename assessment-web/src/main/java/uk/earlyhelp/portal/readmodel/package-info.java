/**
 * No skipped events: every event processor keeps a failing event in its dead-letter queue, and administrators see
 * each processor's state, retry its dead letters and replay a read model from the start (/admin/read-models).
 */
package uk.earlyhelp.portal.readmodel;
