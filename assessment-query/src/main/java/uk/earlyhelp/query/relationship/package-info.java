/**
 * Professional relationships' read models, each its own processing group, rebuilt by a replay: a locality's child
 * records (and the search among them), who opened each record, the coordinators' queue of link requests (and each
 * practitioner's own), and each practitioner's linked children.
 * Access decisions are not made here (projections lag); they read the aggregates.
 */
package uk.earlyhelp.query.relationship;
