package uk.earlyhelp.portal.eventstore;

import java.util.List;
import java.util.Map;
import uk.earlyhelp.assessment.api.*;

/**
 * One assessment's whole life, as commands, and the events it must leave in the store. Run
 * unchanged against every database the portal supports; each must give back exactly these events.
 * Public: the Mosaic delivery tests finish assessments with it too.
 */
public final class CommandScript {

    public static final String AUTHOR = "practitioner-7";
    static final String PROJECTOR = "mosaic-projector";

    private CommandScript() {
    }

    /** Every command of a complete assessment, ending with FinishAssessment; send them as {@link #AUTHOR}. */
    public static List<Object> commands(String id) {
        return List.of(
                new StartAssessment(id, "early-help-assessment", AUTHOR),
                new AddFamilyMember(id, "m1", mary()),
                new AddFamilyMember(id, "m2", unborn()),
                new ChangeFamilyMember(id, "m1", with(mary(), "placeOfWork", "Part-time at the bakery")),
                new ChangeFamilyMember(id, "m1", with(mary(), "placeOfWork", "Part-time at the bakery")), // no change
                new SaveSection(id, "assessment", assessment()),
                new AddInvolvedProfessional(id, "p1", Map.of("role", List.of("Health visitor"), "name", List.of("Siân Evans"))),
                new AddActionPlanRow(id, "r1", action()),
                new SaveSection(id, "consent", consent()),
                new SaveSection(id, "presenting-needs", Map.of("presentingNeeds", List.of("housing", "parenting"))),
                new SaveSection(id, "outcome", Map.of("outcome", List.of("team-around-family"),
                        "outcomeReason", List.of("Housing and health needs: several agencies"))),
                new SaveSection(id, "your-details", yourDetails()),
                new SaveSection(id, "key-person", Map.of("isKeyPerson", List.of("yes"))),
                new SaveSection(id, "key-person", Map.of("isKeyPerson", List.of("yes"))), // no change
                new FinishAssessment(id));
    }

    /** The same life, for an assessment started by {@code author}; send them as that author. */
    public static List<Object> commandsAs(String id, String author) {
        return commands(id).stream().map(command -> command instanceof StartAssessment start
                ? new StartAssessment(start.assessmentId(), start.formId(), author) : command).toList();
    }

    static List<Object> events(String id) {
        return List.of(
                new AssessmentStarted(id, "early-help-assessment", 1, AUTHOR),
                new FamilyMemberAdded(id, "m1", mary()),
                new FamilyMemberAdded(id, "m2", unborn()),
                new FamilyMemberChanged(id, "m1", with(mary(), "placeOfWork", "Part-time at the bakery")),
                new SectionSaved(id, "assessment", assessment()),
                new InvolvedProfessionalAdded(id, "p1", Map.of("role", List.of("Health visitor"), "name", List.of("Siân Evans"))),
                new ActionPlanRowAdded(id, "r1", action()),
                new SectionSaved(id, "consent", consent()),
                new SectionSaved(id, "presenting-needs", Map.of("presentingNeeds", List.of("housing", "parenting"))),
                new SectionSaved(id, "outcome", Map.of("outcome", List.of("team-around-family"),
                        "outcomeReason", List.of("Housing and health needs: several agencies"))),
                new SectionSaved(id, "your-details", yourDetails()),
                new SectionSaved(id, "key-person", Map.of("isKeyPerson", List.of("yes"))),
                new AssessmentFinished(id, AUTHOR));
    }

    static Map<String, List<String>> mary() {
        return Map.of("name", List.of("Mary Smith"), "dateOfBirth", List.of("1990-05-09"), "gender", List.of("female"),
                "placeOfWork", List.of("Not currently working"), "relationship", List.of("mother"),
                "ethnicity", List.of("white-british"));
    }

    // Three months ahead of whenever the test runs: an EDD must be in the future but within ten months.
    static Map<String, List<String>> unborn() {
        return Map.of("name", List.of("Unborn Smith"),
                "dateOfBirth", List.of(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusMonths(3).toString()),
                "gender", List.of("unborn"), "placeOfWork", List.of("N/A"), "relationship", List.of("unborn-child"),
                "ethnicity", List.of("white-british"));
    }

    private static Map<String, List<String>> assessment() {
        return Map.of("significantHarm", List.of("no"),
                "childDevelopment", List.of("Meeting milestones; speech a little behind.\nLoves drawing."),
                "parentingCapacity", List.of("Warm and caring; struggling with routines since the move."),
                "familyEnvironment", List.of("Temporary accommodation, one bedroom."),
                "voiceOfChild", List.of("\"I want my own bed.\""),
                "parentsViews", List.of("Mary wants help with housing and sleep."));
    }

    private static Map<String, List<String>> action() {
        return Map.of("ffIndicator", List.of("secure-housing"), "familyMembers", List.of("m1"),
                "need", List.of("Settled housing"), "action", List.of("Housing application with support"),
                "who", List.of("Family support worker"), "byWhen", List.of("2027-03-31"),
                "hopedOutcome", List.of("Family in a two-bedroom home"));
    }

    private static Map<String, List<String>> consent() {
        return Map.of("agreedBy", List.of("Mary Smith"), "agreedByRelationship", List.of("Mother"),
                "childAgreed", List.of("not-old-enough"), "consentDate", List.of("2026-01-05"),
                "consentMethod", List.of("written"), "sharingAgencies", List.of("School, health visiting, housing"),
                "refusedOrWithdrawn", List.of("no"));
    }

    private static Map<String, List<String>> yourDetails() {
        return Map.of("name", List.of("Łukasz Nowak"), "jobTitle", List.of("Family support worker"),
                "organisation", List.of("Riverside Primary School"), "email", List.of("l.nowak@example.org"),
                "phone", List.of("01632 960000"), "locality", List.of("North"), "completedOn", List.of("2026-01-05"));
    }

    private static Map<String, List<String>> with(Map<String, List<String>> answers, String field, String value) {
        Map<String, List<String>> changed = new java.util.HashMap<>(answers);
        changed.put(field, List.of(value));
        return Map.copyOf(changed);
    }
}
