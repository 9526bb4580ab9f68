/** What a coordinator sees of their locality's accounts: each one's status and its lifecycle history. */
package uk.earlyhelp.portal.account.history;
