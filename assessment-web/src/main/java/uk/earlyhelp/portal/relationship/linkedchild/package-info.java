/**
 * A child's record as its linked practitioners and its locality's coordinator see it, at {@code /children/{id}}:
 * access decided server-side on every request from the aggregates, and every opening recorded (the audit trail).
 */
package uk.earlyhelp.portal.relationship.linkedchild;
