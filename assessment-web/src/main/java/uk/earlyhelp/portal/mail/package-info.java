/** Sending email over SMTP, and the embedded default's local outbox where a developer reads what was sent. */
package uk.earlyhelp.portal.mail;
