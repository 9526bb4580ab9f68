package uk.earlyhelp.relationship.api;

/** In what capacity someone opened a child's record. */
public enum ViewerRole {
    LINKED_PRACTITIONER, COORDINATOR
}
