package uk.earlyhelp.assessment.api;

import org.axonframework.serialization.Revision;

/** A family member was removed. */
@Revision("1")
public record FamilyMemberRemoved(String assessmentId, String memberId) {
}
