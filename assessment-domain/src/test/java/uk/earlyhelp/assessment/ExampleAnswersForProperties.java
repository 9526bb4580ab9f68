package uk.earlyhelp.assessment;

import java.util.List;
import java.util.Map;
import uk.earlyhelp.assessment.api.SaveSection;

/** Answers the property test draws from: valid ones, and a few that must be refused. */
final class ExampleAnswersForProperties {

    private ExampleAnswersForProperties() {
    }

    static Map<String, List<String>> mary() {
        return Map.of("name", List.of("Mary Smith"), "dateOfBirth", List.of("1990-05-09"), "gender", List.of("female"),
                "placeOfWork", List.of("Not currently working"), "relationship", List.of("mother"),
                "ethnicity", List.of("white-british"));
    }

    static Map<String, List<String>> unborn() {
        return Map.of("name", List.of("Unborn Smith"), "dateOfBirth", List.of("2027-03-01"), "gender", List.of("unborn"),
                "placeOfWork", List.of("N/A"), "relationship", List.of("unborn-child"),
                "ethnicity", List.of("white-british"));
    }

    static Map<String, List<String>> memberWithFutureBirthDate() {
        return Map.of("name", List.of("Zoë Smith"), "dateOfBirth", List.of("2030-01-01"), "gender", List.of("female"),
                "relationship", List.of("sibling"), "ethnicity", List.of("white-british"));
    }

    static Map<String, List<String>> actionFor(String memberId) {
        return Map.of("ffIndicator", List.of("early-years"), "familyMembers", List.of(memberId),
                "need", List.of("Support with routines"), "action", List.of("Weekly parenting sessions"),
                "who", List.of("Family support worker"), "byWhen", List.of("2027-01-31"),
                "hopedOutcome", List.of("Settled bedtimes"));
    }

    static List<SaveSection> sectionSaves(String id) {
        return List.of(
                new SaveSection(id, "assessment", Map.of("significantHarm", List.of("no"),
                        "childDevelopment", List.of("Meeting milestones"), "voiceOfChild", List.of("I like school"))),
                new SaveSection(id, "assessment", Map.of("significantHarm", List.of("yes"))),
                new SaveSection(id, "assessment", Map.of("significantHarm", List.of("no"),
                        "childDevelopment", List.of("x".repeat(4001)))),
                new SaveSection(id, "consent", Map.of("agreedBy", List.of("Mary Smith"),
                        "consentDate", List.of("2026-11-20"), "consentMethod", List.of("verbal"))),
                new SaveSection(id, "presenting-needs", Map.of("presentingNeeds", List.of("housing", "other"))),
                new SaveSection(id, "presenting-needs", Map.of("presentingNeeds", List.of("housing", "not-a-need"))),
                new SaveSection(id, "outcome", Map.of("outcome", List.of("team-around-family"),
                        "outcomeReason", List.of("Several agencies involved"))),
                new SaveSection(id, "your-details", Map.of("name", List.of("Siân Jones"), "completedOn", List.of("2026-11-26"))),
                new SaveSection(id, "key-person", Map.of("isKeyPerson", List.of("yes"))),
                new SaveSection(id, "key-person", Map.of()));
    }
}
