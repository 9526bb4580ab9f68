/** The council's daily check: each day's submissions with their delivery state and Mosaic reference. */
package uk.earlyhelp.mosaic.reconciliation;
