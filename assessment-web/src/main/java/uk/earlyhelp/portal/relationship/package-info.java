/**
 * Professional relationships (issue 7) on the web: the wiring of the {@code Child} and
 * {@code ProfessionalRelationships} aggregates, and what every page of the feature shares (who the signed-in person
 * is as an account, the "not found" answer). The pages are in the sub-packages, one per journey.
 */
package uk.earlyhelp.portal.relationship;
