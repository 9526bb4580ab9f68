/** The portal's one source of the current time, injected wherever a rule depends on "now". */
package uk.earlyhelp.portal.time;
