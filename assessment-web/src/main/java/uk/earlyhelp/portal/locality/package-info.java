/**
 * A coordinator reads the submitted assessments of their locality (their authors' locality, DOMAIN.md: coordinators
 * see families' data): a read-only view and its PDF. Drafts stay their author's; anyone else finds nothing.
 */
package uk.earlyhelp.portal.locality;
