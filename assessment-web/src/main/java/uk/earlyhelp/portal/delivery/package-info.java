/**
 * Mosaic delivery for administrators: the parked deliveries (retry one or all), the email that tells them a delivery
 * has been parked, and the council's daily reconciliation (on screen and as CSV). Only what an administrator needs: assessment ids, times, states, Mosaic's
 * references and failure reasons, never a family's details.
 */
package uk.earlyhelp.portal.delivery;
