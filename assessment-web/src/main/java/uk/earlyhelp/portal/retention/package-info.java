/**
 * Retention (issue 15, item 3; docs/decisions/0028-retention.md): one leased sweep that deletes drafts nobody has
 * changed for the council's period, after warning their authors, and finds the submitted assessments whose retention
 * period is over, for the erasure to remove and a receipt to remember.
 */
package uk.earlyhelp.portal.retention;
