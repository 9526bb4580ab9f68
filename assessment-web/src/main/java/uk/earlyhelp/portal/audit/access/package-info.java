/**
 * Auditing the auditor: an append-only log of who read what and when ({@link uk.earlyhelp.portal.audit.access.AccessLog},
 * reusable for any read of children's data), and the administrators' page that shows it.
 */
package uk.earlyhelp.portal.audit.access;
