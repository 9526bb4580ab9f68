package uk.earlyhelp.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import uk.earlyhelp.assessment.api.*;

/** Random journeys through one assessment ({@link #ID}), for the properties that compare live and rebuilt state. */
final class CommandSequences {

    static final String ID = "a-1";

    private CommandSequences() {
    }

    // A small world of ids and answers, so commands collide, change and repeat ----

    /**
     * Random commands: on their own, after everything the form needs to finish, or after finishing. Random commands
     * alone almost never complete every section, and the finished and delivered states would then go untested.
     */
    static Arbitrary<List<Object>> any() {
        Arbitrary<List<Object>> random = randomCommands();
        return Arbitraries.frequencyOf(Tuple.of(1, random), Tuple.of(1, random.map(more -> then(everythingToFinish(), more))),
                Tuple.of(2, random.map(more -> then(then(everythingToFinish(), List.of(new FinishAssessment(ID))), more))));
    }

    private static List<Object> then(List<Object> first, List<Object> more) {
        List<Object> commands = new ArrayList<>(first);
        commands.addAll(more);
        return commands;
    }

    private static List<Object> everythingToFinish() {
        List<Object> commands = new ArrayList<>(List.of(
                new AddFamilyMember(ID, "m1", ExampleAnswers.mary()),
                new AddActionPlanRow(ID, "r1", ExampleAnswersForProperties.actionFor("m1"))));
        for (String section : List.of("assessment", "consent", "presenting-needs", "outcome", "your-details",
                "key-person")) {
            commands.add(new SaveSection(ID, section, ExampleAnswers.forSection(section)));
        }
        return commands;
    }

    private static Arbitrary<List<Object>> randomCommands() {
        return Arbitraries.oneOf(List.of(
                        familyCommand(), actionCommand(), professionalCommand(), sectionSave(),
                        Arbitraries.just(new FinishAssessment(ID)),
                        Arbitraries.of("MOS-1", "MOS-2").map(ref -> new RecordMosaicDelivery(ID, ref)),
                        Arbitraries.of(true, false).map(retrying -> new RecordMosaicDeliveryFailure(ID, "HTTP 503", retrying))))
                .list().ofMaxSize(40);
    }

    private static Arbitrary<Object> familyCommand() {
        Arbitrary<String> memberId = Arbitraries.of("m1", "m2", "m3");
        Arbitrary<Map<String, List<String>>> details = Arbitraries.of(
                ExampleAnswersForProperties.mary(), ExampleAnswersForProperties.unborn(),
                ExampleAnswersForProperties.memberWithFutureBirthDate());
        return Arbitraries.oneOf(List.of(
                Combinators.combine(memberId, details).as((id, d) -> new AddFamilyMember(ID, id, d)),
                Combinators.combine(memberId, details).as((id, d) -> new ChangeFamilyMember(ID, id, d)),
                memberId.map(id -> new RemoveFamilyMember(ID, id))));
    }

    private static Arbitrary<Object> actionCommand() {
        Arbitrary<String> rowId = Arbitraries.of("r1", "r2");
        Arbitrary<Map<String, List<String>>> details = Arbitraries.of("m1", "m2", "m9")
                .map(ExampleAnswersForProperties::actionFor);
        return Arbitraries.oneOf(List.of(
                Combinators.combine(rowId, details).as((id, d) -> new AddActionPlanRow(ID, id, d)),
                Combinators.combine(rowId, details).as((id, d) -> new ChangeActionPlanRow(ID, id, d)),
                rowId.map(id -> new RemoveActionPlanRow(ID, id))));
    }

    private static Arbitrary<Object> professionalCommand() {
        Arbitrary<String> rowId = Arbitraries.of("p1", "p2");
        Arbitrary<Map<String, List<String>>> details = Arbitraries.of("Health visitor", "School nurse")
                .map(role -> Map.of("role", List.of(role), "name", List.of("Sam Patel")));
        return Arbitraries.oneOf(List.of(
                Combinators.combine(rowId, details).as((id, d) -> new AddInvolvedProfessional(ID, id, d)),
                Combinators.combine(rowId, details).as((id, d) -> new ChangeInvolvedProfessional(ID, id, d)),
                rowId.map(id -> new RemoveInvolvedProfessional(ID, id))));
    }

    private static Arbitrary<Object> sectionSave() {
        // Also as two tabs would save (ADR 0023): based on an early version, from one page or another.
        Arbitrary<SaveSection> saves = Arbitraries.of(ExampleAnswersForProperties.sectionSaves(ID));
        return Arbitraries.oneOf(List.of(saves.map(Object.class::cast),
                Combinators.combine(saves, Arbitraries.integers().between(0, 3), Arbitraries.of("tab-a", "tab-b"))
                        .as((save, basedOn, page) -> new SaveSection(save.assessmentId(), save.sectionId(), save.answers(),
                                basedOn, page))));
    }
}
