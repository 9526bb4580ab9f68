package uk.earlyhelp.assessment.api;

import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** A family member was added. Details are answers by column id (see the form definition). */
@Revision("1")
public record FamilyMemberAdded(String assessmentId, String memberId, Map<String, List<String>> details) {
}
