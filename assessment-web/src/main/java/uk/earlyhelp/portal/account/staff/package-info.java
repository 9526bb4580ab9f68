/**
 * An administrator's staff accounts (coordinators of a locality, auditors, administrators): the list, adding one
 * (its holder sets a password from an emailed link), and removing one, never the last administrator.
 */
package uk.earlyhelp.portal.account.staff;
