package uk.earlyhelp.relationship.api;

/** What a granted link makes the practitioner. Coordinators link a child's key worker only (DOMAIN.md). */
public enum LinkRole {
    KEY_WORKER
}
