/**
 * A practitioner's own link requests on their dashboard: those waiting for the coordinator, which they may withdraw,
 * and those declined lately with the coordinator's reason. Only ever their own: listed and withdrawn by the signed-in
 * account's id.
 */
package uk.earlyhelp.portal.relationship.myrequests;
