/** Turns a form definition's fields into GOV.UK inputs and posted parameters back into answers (dates from day, month and year). */
package uk.earlyhelp.portal.wizard.fields;
