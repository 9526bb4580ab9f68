/** Single-use links sent by email (confirming an address, resetting a password): only their hashes are stored. */
package uk.earlyhelp.portal.account.token;
