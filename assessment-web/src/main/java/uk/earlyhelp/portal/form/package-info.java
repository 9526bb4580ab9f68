/** Finds the form definition files at start-up and hands them, checked, to the domain. */
package uk.earlyhelp.portal.form;
