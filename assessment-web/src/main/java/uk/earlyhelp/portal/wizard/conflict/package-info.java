/**
 * Two tabs (or a laptop and a phone) saving the same section (docs/decisions/0023): the version and page a save is
 * based on, the answers a save could not apply kept until the practitioner chooses, and the page where they do.
 */
package uk.earlyhelp.portal.wizard.conflict;
