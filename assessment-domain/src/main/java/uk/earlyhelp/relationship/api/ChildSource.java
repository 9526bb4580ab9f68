package uk.earlyhelp.relationship.api;

/** Where a child record, or a change to its details, came from. */
public enum ChildSource {
    /** Typed in by the locality's coordinator. */
    COORDINATOR,
    /**
     * Taken from a family member of a submitted assessment (its id and the member's row id are recorded). Records
     * only: a record's details are not changed from an assessment.
     */
    ASSESSMENT_FAMILY_MEMBER,
    /** A row of a CSV extract uploaded by the coordinator. */
    CSV_IMPORT
}
