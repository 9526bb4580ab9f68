/**
 * Linked logins expire (DOMAIN.md, Accounts 5): the sweep that warns, then expires, accounts holding links to children
 * that have not been used for the configured days, and ends their links. docs/decisions/0010-linked-login-expiry.md.
 */
package uk.earlyhelp.portal.account.expiry;
