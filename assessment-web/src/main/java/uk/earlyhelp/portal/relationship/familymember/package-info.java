/**
 * A child record made in one step from a family member of a submitted assessment: the coordinator gives the
 * assessment's reference and picks the member.
 */
package uk.earlyhelp.portal.relationship.familymember;
