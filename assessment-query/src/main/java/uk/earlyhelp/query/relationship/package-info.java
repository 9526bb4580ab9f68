/**
 * Professional relationships' read models, each its own processing group, rebuilt by a replay: a locality's child
 * records, who opened each record, the coordinators' queue of link requests, and each practitioner's linked children.
 * Access decisions are not made here (projections lag); they read the aggregates.
 */
package uk.earlyhelp.query.relationship;
