package uk.earlyhelp.relationship.api;

/** A coordinator's queue: the pending link requests of one locality, oldest first. */
public record FindPendingLinkRequests(String locality) {
}
