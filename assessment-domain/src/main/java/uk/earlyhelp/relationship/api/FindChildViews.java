package uk.earlyhelp.relationship.api;

/** Who opened a child's record, and when, oldest first. */
public record FindChildViews(String childId) {
}
