/** An account's history for auditors (registration, approval, sign-in lockouts, expiry…), removed accounts too. */
package uk.earlyhelp.portal.audit.account;
