/** A child record's history for auditors: recorded, changed, and each opening by whom, from the Child's own events. */
package uk.earlyhelp.portal.audit.child;
