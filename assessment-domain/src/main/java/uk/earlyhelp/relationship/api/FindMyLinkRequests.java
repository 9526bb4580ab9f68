package uk.earlyhelp.relationship.api;

import java.time.Instant;

/**
 * A practitioner's own requests, for their dashboard: those still waiting for the coordinator (oldest first), then
 * those declined at or after {@code declinedSince} (latest first), with the coordinator's reason. Granted, ended and
 * withdrawn ones are not listed: a granted link shows as the linked child instead.
 */
public record FindMyLinkRequests(String practitionerId, Instant declinedSince) {
}
