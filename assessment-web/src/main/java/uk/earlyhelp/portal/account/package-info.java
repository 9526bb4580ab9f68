/** Practitioners' and staff's accounts: who they are, the state of their login, and its append-only history. */
package uk.earlyhelp.portal.account;
