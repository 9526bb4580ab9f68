package uk.earlyhelp.relationship.api;

/**
 * What {@link ChangeChildDetails} did. A change that changes nothing records nothing, so a CSV extract can be imported
 * again and again; the caller still needs to know which it was, to say so.
 */
public enum ChildDetailsChangeOutcome {
    CHANGED, UNCHANGED
}
