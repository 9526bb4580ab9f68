package uk.earlyhelp.assessment.api;

/** What an auditor can search assessments by: where each stands, deleted drafts included. */
public enum AuditStatus {
    /** Not yet submitted, and not deleted. */
    DRAFT,
    /** Submitted, whatever its delivery. */
    SUBMITTED,
    /** A draft its author deleted: gone for them, still in the history. */
    DELETED,
    /** Submitted and received by Mosaic. */
    DELIVERED,
    /** Submitted, and its delivery failed (retrying, or parked for an administrator). */
    DELIVERY_FAILED
}
