package uk.earlyhelp.assessment.api;

import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** What is recorded about a family member was replaced. */
@Revision("1")
public record FamilyMemberChanged(String assessmentId, String memberId, Map<String, List<String>> details) {
}
