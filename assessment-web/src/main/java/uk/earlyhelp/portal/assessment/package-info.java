/**
 * Registers the Assessment aggregate with Axon and sends its commands on behalf of a signed-in user; the words for
 * where its delivery into Mosaic stands.
 */
package uk.earlyhelp.portal.assessment;
