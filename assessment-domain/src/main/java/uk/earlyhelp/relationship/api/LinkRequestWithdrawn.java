package uk.earlyhelp.relationship.api;

import org.axonframework.serialization.Revision;

/**
 * A pending request closed before its coordinator decided it: withdrawn by the practitioner, or closed because their
 * account expired (or all their links ended). {@code withdrawnBy} is the practitioner's account id, or "system".
 */
@Revision("1")
public record LinkRequestWithdrawn(String practitionerId, String linkId, WithdrawalReason reason, String withdrawnBy) {
}
