/**
 * Professional relationships as event-sourced aggregates: a {@code Child} record held by the portal (changes to its
 * details, and the audit of who opened it), and each practitioner's {@code ProfessionalRelationships}, their
 * requested, active and ended links to children, with every rule about who may ask, grant, decline and end.
 */
package uk.earlyhelp.relationship;
