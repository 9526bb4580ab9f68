/** "Forgotten your password?": a single-use link by email, valid for an hour, to choose a new one. */
package uk.earlyhelp.portal.account.reset;
