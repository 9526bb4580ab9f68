/**
 * Drafts nobody changes are deleted (issue 15, item 3): their author is warned by email once per period of disuse,
 * and the draft is deleted by the {@code retention} actor, with its reason, when the period is over and the warning
 * has had its notice. docs/decisions/0028-retention.md.
 */
package uk.earlyhelp.portal.retention.draft;
