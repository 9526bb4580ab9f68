/** Registers the Assessment aggregate with Axon and sends its commands on behalf of a signed-in user. */
package uk.earlyhelp.portal.assessment;
