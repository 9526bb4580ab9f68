package uk.earlyhelp.relationship.api;

/** One request or link by its id, whatever its status (answered as an optional {@link LinkRequestSummary}). */
public record FindLinkRequest(String linkId) {
}
