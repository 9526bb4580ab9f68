package uk.earlyhelp.relationship.api;

import org.axonframework.serialization.Revision;

/** A link ended, and why; {@code endedBy} is a coordinator's account id, or "system". */
@Revision("1")
public record LinkEnded(String practitionerId, String linkId, String childId, LinkEndReason reason, String endedBy) {
}
