/** A coordinator lets an expired account of their locality sign in again (DOMAIN.md, Accounts 5). */
package uk.earlyhelp.portal.account.reactivation;
