/** Who may see what: sign-in and sign-out, the accounts known so far, and the headers every response carries. */
package uk.earlyhelp.portal.security;
