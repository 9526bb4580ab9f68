/** The practitioner's journey in a real browser (Debian's Chromium), with axe-core on every page. */
package uk.earlyhelp.portal.journey;
