package uk.earlyhelp.portal.audit.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The demo families' answers: invented people, in the form definition's codes. */
final class DemoAnswers {

    private DemoAnswers() {
    }

    static Map<String, List<String>> member(String name, String birth, String gender, String relationship, String work) {
        return Map.of("name", List.of(name), "dateOfBirth", List.of(birth), "gender", List.of(gender),
                "placeOfWork", List.of(work), "relationship", List.of(relationship), "ethnicity", List.of("white-british"));
    }

    /** Expected three months after today: an EDD must lie ahead, and within ten months. */
    static Map<String, List<String>> unborn(String name, LocalDate today) {
        return member(name, today.plusMonths(3).toString(), "unborn", "unborn-child", "N/A");
    }

    static Map<String, List<String>> assessment(String parenting) {
        return Map.of("significantHarm", List.of("no"),
                "childDevelopment", List.of("Meeting milestones; speech a little behind.\nLoves drawing."),
                "parentingCapacity", List.of(parenting),
                "familyEnvironment", List.of("Temporary accommodation, one bedroom."),
                "voiceOfChild", List.of("\"I want my own bed.\""),
                "parentsViews", List.of("Mary wants help with housing and sleep."));
    }

    static Map<String, List<String>> consent(String method, LocalDate on) {
        return Map.of("agreedBy", List.of("Mary Smith"), "agreedByRelationship", List.of("Mother"),
                "childAgreed", List.of("not-old-enough"), "consentDate", List.of(on.toString()),
                "consentMethod", List.of(method), "sharingAgencies", List.of("School, health visiting, housing"),
                "refusedOrWithdrawn", List.of("no"));
    }

    static Map<String, List<String>> action(String memberId, LocalDate byWhen) {
        return Map.of("ffIndicator", List.of("secure-housing"), "familyMembers", List.of(memberId),
                "need", List.of("Settled housing"), "action", List.of("Housing application with support"),
                "who", List.of("Family support worker"), "byWhen", List.of(byWhen.toString()),
                "hopedOutcome", List.of("Family in a two-bedroom home"));
    }

    static Map<String, List<String>> yourDetails(LocalDate on) {
        return Map.of("name", List.of("Demo Practitioner"), "jobTitle", List.of("School nurse"),
                "organisation", List.of("Demo Council"), "email", List.of("practitioner@example.org"),
                "phone", List.of("01632 960000"), "locality", List.of("North"), "completedOn", List.of(on.toString()));
    }
}
