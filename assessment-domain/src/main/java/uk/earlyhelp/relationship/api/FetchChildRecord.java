package uk.earlyhelp.relationship.api;

/** Asks for one child record as it stands (strongly consistent: read from its own events). */
public record FetchChildRecord(String childId) {
}
