/** The log of a representative journey, read back for the personal data its tests typed. */
package uk.earlyhelp.portal.logscan;
