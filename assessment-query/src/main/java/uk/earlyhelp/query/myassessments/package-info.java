/** My Assessments: a practitioner's own assessments, newest change first, searchable by family member's name. */
package uk.earlyhelp.query.myassessments;
