/**
 * Professional relationships' public messages: child records held by the portal, practitioners' links to them and
 * the audit of who opened a child's record. Events are a contract ({@code @Revision} on each); ids of people are
 * account ids, never email addresses or names; dates are {@code yyyy-mm-dd} strings, as in assessments' answers.
 */
package uk.earlyhelp.relationship.api;
