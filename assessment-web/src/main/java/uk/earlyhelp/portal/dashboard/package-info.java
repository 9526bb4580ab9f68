/** The page after sign-in: forms to start, the practitioner's professional relationships, and My Assessments. */
package uk.earlyhelp.portal.dashboard;
