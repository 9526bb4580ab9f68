/** The emails of an account's lifecycle, worded in messages.properties. */
package uk.earlyhelp.portal.account.mail;
