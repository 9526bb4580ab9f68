/** Who did what: every command names its acting user, and every event inherits that and a correlation id. */
package uk.earlyhelp.portal.audit;
