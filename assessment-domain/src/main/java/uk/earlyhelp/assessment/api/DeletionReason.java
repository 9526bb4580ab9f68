package uk.earlyhelp.assessment.api;

/** Why a draft was deleted: the auditor's timeline says so in words. */
public enum DeletionReason {
    /** Its author deleted it from My Assessments, after confirming. */
    DELETED_BY_USER,
    /** Nobody changed it for the council's retention period for drafts, and its author was warned beforehand. */
    UNTOUCHED_DRAFT_RETENTION
}
