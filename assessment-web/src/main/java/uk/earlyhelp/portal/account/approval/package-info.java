/** A locality coordinator's queue of confirmed account requests: approve, or reject with a reason. */
package uk.earlyhelp.portal.account.approval;
