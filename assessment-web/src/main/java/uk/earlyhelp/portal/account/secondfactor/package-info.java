/**
 * A second factor for signing in (issue 16, item 3; ADR 0022): TOTP codes (RFC 6238) from an authenticator app,
 * enrolled by a QR code, with single-use recovery codes; secrets encrypted at rest, replayed codes refused.
 */
package uk.earlyhelp.portal.account.secondfactor;
