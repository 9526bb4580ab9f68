/** The first administrator of a portal that has none (production), made at start-up from configuration. */
package uk.earlyhelp.portal.account.bootstrap;
