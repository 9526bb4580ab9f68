/**
 * An assessment's history as a file for an auditor's own records: CSV (safe from spreadsheet formula injection) and
 * JSON (each event as stored: position, sequence, type, revision, timestamp, actor, correlation id, payload).
 */
package uk.earlyhelp.portal.audit.export;
