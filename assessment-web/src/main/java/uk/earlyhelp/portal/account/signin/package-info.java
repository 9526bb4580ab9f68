/** Checking an email address and password: throttling and temporary lockout, alike for known and unknown addresses. */
package uk.earlyhelp.portal.account.signin;
