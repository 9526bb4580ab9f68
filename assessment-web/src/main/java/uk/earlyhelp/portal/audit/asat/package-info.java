/** The assessment as it stood right after any event of its history, on screen and as a PDF marked as such. */
package uk.earlyhelp.portal.audit.asat;
