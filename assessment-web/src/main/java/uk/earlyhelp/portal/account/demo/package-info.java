/** The embedded default's demo accounts, one per role; never in the postgres profile. */
package uk.earlyhelp.portal.account.demo;
