package uk.earlyhelp.assessment.form;

/** A section's state on the task list. */
public enum SectionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED
}
