/** Submissions per day and their delivery into Mosaic, for the council's daily reconciliation. */
package uk.earlyhelp.query.reconciliation;
