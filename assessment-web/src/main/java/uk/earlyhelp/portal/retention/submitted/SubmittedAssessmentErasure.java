package uk.earlyhelp.portal.retention.submitted;

/**
 * What the retention sweep needs from erasure (issue 15, item 2): a bean of this type, once that work provides one.
 * The sweep calls it once per due assessment per sweep, on one node at a time (the sweep's lease), until it answers
 * true; so it must be idempotent (an assessment erased already answers true again).
 */
public interface SubmittedAssessmentErasure {

    /**
     * Erases the assessment's personal data, with the retention schedule as the actor and "retention period over" as
     * the reason.
     *
     * @return true once it is erased (then the sweep keeps the receipt); false when it could not be, this time
     */
    boolean erase(DueForErasure due);

    /** The portal without erasure: nothing is erased, so no receipt is written and the due stay due. */
    SubmittedAssessmentErasure NOT_AVAILABLE = due -> false;
}
