package uk.earlyhelp.assessment.api;

/** What My Assessments says of an assessment. */
public enum AssessmentStatus {
    /** Saved, not finished: still editable. */
    PART_COMPLETED,
    /** Finished: read-only, on its way to (or in) Mosaic. */
    SUBMITTED
}
