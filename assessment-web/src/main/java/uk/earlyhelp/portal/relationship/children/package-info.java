/**
 * A coordinator's child records: the locality's list, a record typed in by hand, and changes to a record's details
 * (from the child's page, for its locality's coordinator only).
 */
package uk.earlyhelp.portal.relationship.children;
