/**
 * Submitted assessments whose retention period is over (issue 15, item 3): the sweep finds them by their submission
 * date, hands each to a {@link uk.earlyhelp.portal.retention.submitted.SubmittedAssessmentErasure}, and keeps a
 * receipt (id, dates, Mosaic reference) of each one erased. The erasure itself is issue 15, item 2's work: until it
 * exists, nothing is erased and no receipt is written (docs/decisions/0028-retention.md).
 */
package uk.earlyhelp.portal.retention.submitted;
