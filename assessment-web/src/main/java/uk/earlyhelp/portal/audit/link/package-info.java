/**
 * Links between practitioners and child records as auditors read them: each practitioner's ProfessionalRelationships
 * events from the store (requested, granted, declined, withdrawn, ended), for a child's timeline and an account's.
 */
package uk.earlyhelp.portal.audit.link;
