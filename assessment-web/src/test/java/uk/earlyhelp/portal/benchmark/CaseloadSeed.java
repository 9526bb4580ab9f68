package uk.earlyhelp.portal.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import uk.earlyhelp.assessment.api.AddActionPlanRow;
import uk.earlyhelp.assessment.api.AddFamilyMember;
import uk.earlyhelp.assessment.api.ChangeFamilyMember;
import uk.earlyhelp.assessment.api.FinishAssessment;
import uk.earlyhelp.assessment.api.SaveSection;
import uk.earlyhelp.assessment.api.StartAssessment;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;

/**
 * Fills the store with {@code total} assessments through the real command path, as their authors: every
 * {@code total / own}-th belongs to the signed-in practitioner (so theirs are spread through time), the rest to
 * {@value #OTHER_AUTHORS} other practitioners. Each has its family, a section save or two; one in six is finished.
 * Assessments are independent aggregates, so several threads send at once.
 */
final class CaseloadSeed {

    private static final String FORM = "early-help-assessment";
    private static final int OTHER_AUTHORS = 487;

    private final ActingUserCommandGateway commands;
    private final String practitioner;
    private final LocalDate today;
    private final AtomicLong commandsSent = new AtomicLong();
    /** The family names of each of the practitioner's assessments, as My Assessments must show them. */
    private final List<List<String>> practitionersFamilies = Collections.synchronizedList(new ArrayList<>());

    CaseloadSeed(ActingUserCommandGateway commands, String practitioner, LocalDate today) {
        this.commands = commands;
        this.practitioner = practitioner;
        this.today = today;
    }

    long commandsSent() {
        return commandsSent.get();
    }

    List<List<String>> practitionersFamilies() {
        return List.copyOf(practitionersFamilies);
    }

    void seed(int total, int own, int threads) throws Exception {
        int stride = total / own;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int index = 0; index < total; index++) {
                int i = index;
                boolean theirs = i % stride == 0 && i / stride < own;
                String author = theirs ? practitioner : "practitioner-" + (i % OTHER_AUTHORS) + "@example.org";
                done.add(pool.submit(() -> assessment(i, author, theirs)));
            }
            for (Future<?> future : done) {
                future.get(); // a refused command fails the benchmark, with the refusal
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void assessment(int index, String author, boolean theirs) {
        String id = String.format("bench-%05d", index);
        send(new StartAssessment(id, FORM, author), author);
        List<Families.Member> family = new ArrayList<>(Families.of(index, today));
        for (int m = 0; m < family.size(); m++) {
            send(new AddFamilyMember(id, "m" + m, family.get(m).details()), author);
        }
        if (index % 10 == 3) { // a middle initial added later: the projection must show the new name, and find it
            Families.Member first = family.get(0);
            String corrected = first.name().replaceFirst(" ", " " + "ABCDEFGHJKLMNPRST".charAt(index % 17) + ". ");
            Map<String, List<String>> details = new HashMap<>(first.details());
            details.put("name", List.of(corrected));
            send(new ChangeFamilyMember(id, "m0", details), author);
            family.set(0, new Families.Member(corrected, Map.copyOf(details)));
        }
        send(new SaveSection(id, "assessment", Map.of("significantHarm", List.of("no"),
                "childDevelopment", List.of("Meeting most milestones; speech a little behind (assessment " + index + ")."))),
                author);
        if (index % 2 == 0) {
            send(new SaveSection(id, "presenting-needs", Map.of("presentingNeeds", List.of("housing", "parenting"))), author);
        }
        if (index % 6 == 5) {
            finish(id, author);
        }
        if (theirs) {
            practitionersFamilies.add(family.stream().map(Families.Member::name).toList());
        }
    }

    private void finish(String id, String author) {
        // Unchanged answers record nothing, so this is harmless where the draft already has them.
        send(new SaveSection(id, "presenting-needs", Map.of("presentingNeeds", List.of("housing", "parenting"))), author);
        send(new SaveSection(id, "assessment", Map.of("significantHarm", List.of("no"),
                "childDevelopment", List.of("Meeting milestones."), "parentingCapacity", List.of("Warm and caring."),
                "familyEnvironment", List.of("Temporary accommodation."), "voiceOfChild", List.of("I want my own bed."),
                "parentsViews", List.of("Wants help with housing."))), author);
        send(new AddActionPlanRow(id, "r1", Map.of("ffIndicator", List.of("secure-housing"),
                "familyMembers", List.of("m0"), "need", List.of("Settled housing"),
                "action", List.of("Housing application"), "who", List.of("Family support worker"),
                "byWhen", List.of(today.plusMonths(6).toString()), "hopedOutcome", List.of("A two-bedroom home"))), author);
        send(new SaveSection(id, "consent", Map.of("agreedBy", List.of("The parent"),
                "agreedByRelationship", List.of("Parent"), "childAgreed", List.of("not-old-enough"),
                "consentDate", List.of(today.toString()), "consentMethod", List.of("written"),
                "sharingAgencies", List.of("School, health visiting"), "refusedOrWithdrawn", List.of("no"))), author);
        send(new SaveSection(id, "outcome", Map.of("outcome", List.of("team-around-family"),
                "outcomeReason", List.of("Several agencies involved"))), author);
        send(new SaveSection(id, "your-details", Map.of("name", List.of("Benchmark Practitioner"),
                "jobTitle", List.of("Family support worker"), "organisation", List.of("Riverside Primary"),
                "email", List.of(author), "phone", List.of("01632 960000"),
                "locality", List.of("North"), "completedOn", List.of(today.toString()))), author);
        send(new SaveSection(id, "key-person", Map.of("isKeyPerson", List.of("yes"))), author);
        send(new FinishAssessment(id), author);
    }

    private void send(Object command, String author) {
        commands.send(command, author);
        commandsSent.incrementAndGet();
    }
}
