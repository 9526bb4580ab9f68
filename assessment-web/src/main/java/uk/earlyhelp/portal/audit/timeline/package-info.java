/**
 * An assessment's history for auditors: every stored event from sequence 0, read from the event store itself (through
 * the upcasters), with who did it (from the accounts, removed ones too) and what, in the form definition's words.
 */
package uk.earlyhelp.portal.audit.timeline;
