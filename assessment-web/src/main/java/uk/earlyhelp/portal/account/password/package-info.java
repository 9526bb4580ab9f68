/** What a password must be (NCSC guidance: long, not common; no composition rules) and how it is hashed. */
package uk.earlyhelp.portal.account.password;
