/** Check your answers, Finish, the confirmation page and the read-only view of a submitted assessment. */
package uk.earlyhelp.portal.wizard.check;
