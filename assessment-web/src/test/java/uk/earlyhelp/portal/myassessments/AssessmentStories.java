package uk.earlyhelp.portal.myassessments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.earlyhelp.assessment.api.*;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;

/** Assessments built the way the portal builds them: commands through {@link ActingUserCommandGateway}, as their author. */
final class AssessmentStories {

    private final ActingUserCommandGateway commands;

    AssessmentStories(ActingUserCommandGateway commands) {
        this.commands = commands;
    }

    /** Starts a draft with these family members (ids m0, m1…) and returns its id. */
    String draft(String author, String... familyNames) {
        String id = "a-" + UUID.randomUUID();
        commands.send(new StartAssessment(id, "early-help-assessment", author), author);
        for (int i = 0; i < familyNames.length; i++) {
            commands.send(new AddFamilyMember(id, "m" + i, member(familyNames[i])), author);
        }
        awaitTheNextMillisecond();
        return id;
    }

    /**
     * Axon's event store keeps an event's timestamp to the millisecond, so two drafts started within one
     * millisecond tie on "last changed" and are ordered by their (random) ids. Tests that expect the later draft
     * first would then fail at random; a practitioner cannot start two drafts within a millisecond.
     */
    private static void awaitTheNextMillisecond() {
        Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        while (!Instant.now().truncatedTo(ChronoUnit.MILLIS).isAfter(started)) {
            Thread.onSpinWait();
        }
    }

    /** A draft completed in every section and finished. */
    String submitted(String author, String... familyNames) {
        String id = draft(author, familyNames);
        for (Object command : everythingElse(id)) {
            commands.send(command, author);
        }
        commands.send(new FinishAssessment(id), author);
        return id;
    }

    void send(Object command, String author) {
        commands.send(command, author);
    }

    static Map<String, List<String>> member(String name) {
        if (name.startsWith("Unborn")) {
            // An expected date of delivery must lie ahead, within ten months of whenever the test runs.
            return Map.of("name", List.of(name), "gender", List.of("unborn"), "relationship", List.of("unborn-child"),
                    "ethnicity", List.of("white-british"), "placeOfWork", List.of("N/A"),
                    "dateOfBirth", List.of(LocalDate.now(ZoneId.of("Europe/London")).plusMonths(3).toString()));
        }
        return Map.of("name", List.of(name), "gender", List.of("female"), "relationship", List.of("mother"),
                "ethnicity", List.of("white-british"), "placeOfWork", List.of("Not currently working"),
                "dateOfBirth", List.of("1990-05-09"));
    }

    private static List<Object> everythingElse(String id) {
        return List.of(
                new SaveSection(id, "assessment", Map.of("significantHarm", List.of("no"),
                        "childDevelopment", List.of("Meeting milestones."), "parentingCapacity", List.of("Warm."),
                        "familyEnvironment", List.of("Temporary accommodation."), "voiceOfChild", List.of("A bed."),
                        "parentsViews", List.of("Wants help with housing."))),
                new AddActionPlanRow(id, "r1", Map.of("ffIndicator", List.of("secure-housing"),
                        "familyMembers", List.of("m0"), "need", List.of("Settled housing"),
                        "action", List.of("Housing application"), "who", List.of("Family support worker"),
                        "byWhen", List.of("2027-03-31"), "hopedOutcome", List.of("A two-bedroom home"))),
                new SaveSection(id, "consent", Map.of("agreedBy", List.of("Mary Smith"),
                        "agreedByRelationship", List.of("Mother"), "childAgreed", List.of("not-old-enough"),
                        "consentDate", List.of("2026-01-05"), "consentMethod", List.of("written"),
                        "sharingAgencies", List.of("School, health visiting"), "refusedOrWithdrawn", List.of("no"))),
                new SaveSection(id, "presenting-needs", Map.of("presentingNeeds", List.of("housing"))),
                new SaveSection(id, "outcome", Map.of("outcome", List.of("team-around-family"),
                        "outcomeReason", List.of("Several agencies involved"))),
                new SaveSection(id, "your-details", Map.of("name", List.of("Łukasz Nowak"),
                        "jobTitle", List.of("Family support worker"), "organisation", List.of("Riverside Primary"),
                        "email", List.of("l.nowak@example.org"), "phone", List.of("01632 960000"),
                        "locality", List.of("North"), "completedOn", List.of("2026-01-05"))),
                new SaveSection(id, "key-person", Map.of("isKeyPerson", List.of("yes"))));
    }
}
