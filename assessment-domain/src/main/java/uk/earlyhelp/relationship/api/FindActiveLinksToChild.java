package uk.earlyhelp.relationship.api;

/** The practitioners linked to one child now, for the coordinator's page of that child. */
public record FindActiveLinksToChild(String childId) {
}
