/** A coordinator's child records: the locality's list, and a record typed in by hand. */
package uk.earlyhelp.portal.relationship.children;
