package uk.earlyhelp.relationship.api;

/** Each change to a child's details since the record was made: when, by whom, how and which details, oldest first. */
public record FindChildDetailChanges(String childId) {
}
