/**
 * Crypto-shredding of personal data (ADR 0026): a key per assessment, personal strings sealed with AES-GCM as events
 * and snapshots are written to the event store, opened as they are read; the keys live in their own table, wrapped
 * by a master key that is never stored in the database.
 */
package uk.earlyhelp.portal.personaldata;
