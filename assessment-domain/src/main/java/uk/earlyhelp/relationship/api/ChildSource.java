package uk.earlyhelp.relationship.api;

/** Where a child record came from. */
public enum ChildSource {
    /** Typed in by the locality's coordinator. */
    COORDINATOR,
    /** Taken from a family member of a submitted assessment (its id and the member's row id are recorded). */
    ASSESSMENT_FAMILY_MEMBER,
    /** A row of a CSV extract uploaded by the coordinator. */
    CSV_IMPORT
}
