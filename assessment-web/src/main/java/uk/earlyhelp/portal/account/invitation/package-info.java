/** A new staff account's single-use "set your password" link (valid for 24 hours), and the page it opens. */
package uk.earlyhelp.portal.account.invitation;
