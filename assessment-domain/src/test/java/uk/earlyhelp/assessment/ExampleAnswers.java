package uk.earlyhelp.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Valid answers for every section and table of the Early Help Assessment, from the form's own
 * example (Mary Smith and her unborn child), to be varied one field at a time by a test.
 */
final class ExampleAnswers {

    /** The unborn child is due a few months after the fixture's today (26/11/2026). */
    static final String EXPECTED_DELIVERY = "2027-03-01";

    private ExampleAnswers() {
    }

    static Map<String, List<String>> mary() {
        return answers("name", "Mary Smith", "dateOfBirth", "1990-05-09", "gender", "female",
                "placeOfWork", "Not currently working", "relationship", "mother", "ethnicity", "white-british");
    }

    static Map<String, List<String>> unbornSmith() {
        return answers("name", "Unborn Smith", "dateOfBirth", EXPECTED_DELIVERY, "gender", "unborn",
                "placeOfWork", "N/A", "relationship", "unborn-child", "ethnicity", "white-british");
    }

    static Map<String, List<String>> healthVisitor() {
        return answers("role", "Health visitor", "name", "Priya Patel", "agency", "NHS community health",
                "contact", "01234 567890");
    }

    static Map<String, List<String>> actionFor(String... memberIds) {
        Map<String, List<String>> action = answers("ffIndicator", "early-years", "need", "Help preparing for the baby",
                "action", "Weekly visits from the family support worker", "who", "Family support worker",
                "byWhen", "2027-02-01", "hopedOutcome", "Mary feels ready for the birth");
        action.put("familyMembers", List.of(memberIds));
        return action;
    }

    static Map<String, List<String>> assessment() {
        return answers("significantHarm", "no",
                "childDevelopment", "Unborn; Mary attends antenatal appointments.",
                "parentingCapacity", "Mary is warm and organised but isolated.",
                "familyEnvironment", "Rented flat with damp; Mary is not currently working.",
                "voiceOfChild", "Not yet born.",
                "parentsViews", "Mary wants help with housing and preparing for the baby.");
    }

    static Map<String, List<String>> consent() {
        return answers("agreedBy", "Mary Smith", "agreedByRelationship", "Mother", "childAgreed", "not-old-enough",
                "consentDate", "2026-11-20", "consentMethod", "written",
                "sharingAgencies", "Health visiting, housing, school", "refusedOrWithdrawn", "no");
    }

    static Map<String, List<String>> presentingNeeds() {
        Map<String, List<String>> needs = new LinkedHashMap<>();
        needs.put("presentingNeeds", List.of("housing", "parenting"));
        return needs;
    }

    static Map<String, List<String>> outcome() {
        return answers("outcome", "team-around-family", "outcomeReason", "Health and housing both need to be involved.");
    }

    static Map<String, List<String>> yourDetails() {
        return answers("name", "Sam Jones", "jobTitle", "Family support worker", "organisation", "Hillside Children's Centre",
                "email", "sam.jones@example.org", "phone", "01234 000000", "locality", "North", "completedOn", "2026-11-26");
    }

    static Map<String, List<String>> keyPerson() {
        return answers("isKeyPerson", "yes");
    }

    /** The example answers of one question section (2 to 7), by section id. */
    static Map<String, List<String>> forSection(String sectionId) {
        return switch (sectionId) {
            case "assessment" -> assessment();
            case "consent" -> consent();
            case "presenting-needs" -> presentingNeeds();
            case "outcome" -> outcome();
            case "your-details" -> yourDetails();
            case "key-person" -> keyPerson();
            default -> throw new IllegalArgumentException("No example answers for " + sectionId);
        };
    }

    /** A copy of {@code answers} with {@code field} answered {@code values} instead. */
    static Map<String, List<String>> with(Map<String, List<String>> answers, String field, String... values) {
        Map<String, List<String>> changed = new LinkedHashMap<>(answers);
        changed.put(field, List.of(values));
        return changed;
    }

    /** A copy of {@code answers} without the given fields. */
    static Map<String, List<String>> without(Map<String, List<String>> answers, String... fields) {
        Map<String, List<String>> changed = new LinkedHashMap<>(answers);
        for (String field : fields) {
            changed.remove(field);
        }
        return changed;
    }

    private static Map<String, List<String>> answers(String... fieldsAndValues) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            answers.put(fieldsAndValues[i], List.of(fieldsAndValues[i + 1]));
        }
        return answers;
    }
}
