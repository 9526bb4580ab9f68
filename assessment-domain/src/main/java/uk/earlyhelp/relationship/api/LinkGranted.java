package uk.earlyhelp.relationship.api;

import org.axonframework.serialization.Revision;

/** The practitioner is linked to the child, in the given role, by the coordinator {@code grantedBy} (account id). */
@Revision("1")
public record LinkGranted(String practitionerId, String linkId, String childId, LinkRole role, String grantedBy) {
}
