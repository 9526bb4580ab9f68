/** Tests of the second step of signing in (issue 16, item 3). */
package uk.earlyhelp.portal.account.secondfactor;
