package uk.earlyhelp.relationship.api;

import org.axonframework.serialization.Revision;

/** The request was declined by the coordinator {@code declinedBy} (account id), for the reason given. */
@Revision("1")
public record LinkDeclined(String practitionerId, String linkId, String declinedBy, String reason) {
}
