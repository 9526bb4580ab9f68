package uk.earlyhelp.relationship.api;

/** Where a request for a link stands. */
public enum LinkStatus {
    /** Waiting for the locality coordinator. */
    PENDING,
    /** Granted: the practitioner is the child's key worker and may open the child's record. */
    ACTIVE,
    DECLINED,
    ENDED,
    /** Closed while pending, before the coordinator decided: by the practitioner, or because their account expired. */
    WITHDRAWN
}
