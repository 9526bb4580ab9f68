package uk.earlyhelp.assessment;

import static uk.earlyhelp.assessment.AssessmentFixture.AS_AUTHOR;
import static uk.earlyhelp.assessment.AssessmentFixture.ID;
import static uk.earlyhelp.assessment.ExampleAnswers.assessment;
import static uk.earlyhelp.assessment.ExampleAnswers.with;

import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.assessment.api.SaveSection;
import uk.earlyhelp.assessment.api.SectionConflict;
import uk.earlyhelp.assessment.api.SectionSaveOutcome;
import uk.earlyhelp.assessment.api.SectionSaved;
import uk.earlyhelp.assessment.form.Answers;

/**
 * The same section open in two tabs (pages "tab-a" and "tab-b"), both drawn at version 1 of the section: a save based
 * on an older version than the stored one merges what the other tab did not touch and reports true conflicts
 * instead of overwriting (docs/decisions/0023).
 */
class TwoPagesSavingTest {

    private static final String SECTION = "assessment";
    private static final Map<String, List<String>> AT_VERSION_1 = Answers.normalise(assessment());

    private final AssessmentFixture fixture = new AssessmentFixture();

    @Test
    void aSaveBasedOnTheCurrentVersionIsSavedAsItIs() {
        Map<String, List<String>> typed = with(assessment(), "voiceOfChild", "Mary talks to the bump.");
        atVersion1()
                .when(new SaveSection(ID, SECTION, typed, 1, "tab-a"), AS_AUTHOR)
                .expectEvents(new SectionSaved(ID, SECTION, Answers.normalise(typed)))
                .expectResultMessagePayload(new SectionSaveOutcome(2, Map.of()));
    }

    @Test
    void answersTheOtherTabDidNotTouchMergeWithItsChanges() {
        Map<String, List<String>> mine = with(assessment(), "voiceOfChild", "Mary talks to the bump.");
        Map<String, List<String>> both = with(with(assessment(), "parentingCapacity", "Tab B's view."),
                "voiceOfChild", "Mary talks to the bump.");
        atVersion1().andGivenCommands(tabB(with(assessment(), "parentingCapacity", "Tab B's view.")))
                .when(new SaveSection(ID, SECTION, mine, 1, "tab-a"), AS_AUTHOR)
                .expectEvents(new SectionSaved(ID, SECTION, Answers.normalise(both)))
                .expectResultMessagePayload(new SectionSaveOutcome(3, Map.of()));
    }

    @Test
    void anAnswerChangedInBothTabsIsNotOverwrittenButReportedWithBothTexts() {
        Map<String, List<String>> mine = with(with(assessment(), "parentingCapacity", "Tab A's view."),
                "voiceOfChild", "Mary talks to the bump.");
        Map<String, List<String>> kept = with(with(assessment(), "parentingCapacity", "Tab B's view."),
                "voiceOfChild", "Mary talks to the bump.");
        atVersion1().andGivenCommands(tabB(with(assessment(), "parentingCapacity", "Tab B's view.")))
                .when(new SaveSection(ID, SECTION, mine, 1, "tab-a"), AS_AUTHOR)
                .expectEvents(new SectionSaved(ID, SECTION, Answers.normalise(kept)))
                .expectResultMessagePayload(new SectionSaveOutcome(3, Map.of("parentingCapacity",
                        new SectionConflict(List.of("Tab A's view."), List.of("Tab B's view.")))));
    }

    @Test
    void aConflictAloneChangesNothingStored() {
        atVersion1().andGivenCommands(tabB(with(assessment(), "parentingCapacity", "Tab B's view.")))
                .when(new SaveSection(ID, SECTION, with(assessment(), "parentingCapacity", "Tab A's view."), 1, "tab-a"),
                        AS_AUTHOR)
                .expectNoEvents()
                .expectResultMessagePayload(new SectionSaveOutcome(2, Map.of("parentingCapacity",
                        new SectionConflict(List.of("Tab A's view."), List.of("Tab B's view.")))));
    }

    @Test
    void aTabsOwnSavesInFlightFromTheSameBaseNeverConflictWithEachOther() {
        atVersion1().andGivenCommands(tabA(with(assessment(), "parentingCapacity", "Typing"), 1))
                .when(new SaveSection(ID, SECTION, with(assessment(), "parentingCapacity", "Typing more"), 1, "tab-a"),
                        AS_AUTHOR)
                .expectEvents(new SectionSaved(ID, SECTION, Answers.normalise(with(assessment(), "parentingCapacity",
                        "Typing more"))))
                .expectResultMessagePayload(new SectionSaveOutcome(3, Map.of()));
    }

    @Test
    void aTabThatTypedAgainAfterTheOtherTabsChangeStillConflicts() {
        // Tab B reloaded after tab A's first save (version 2), then saved B1 (version 3).
        atVersion1().andGivenCommands(tabA(with(assessment(), "parentingCapacity", "A1"), 1),
                        command(new SaveSection(ID, SECTION, with(assessment(), "parentingCapacity", "B1"), 2, "tab-b")))
                .when(new SaveSection(ID, SECTION, with(assessment(), "parentingCapacity", "A2"), 1, "tab-a"), AS_AUTHOR)
                .expectNoEvents()
                .expectResultMessagePayload(new SectionSaveOutcome(3, Map.of("parentingCapacity",
                        new SectionConflict(List.of("A2"), List.of("B1")))));
    }

    @Test
    void aTabThatLeftAnAnswerAsItSawItKeepsTheOtherTabsChangeEvenAfterItsOwnSaves() {
        // Tab A saved A1; tab B, drawn after it, changed the answer to B1; tab A, still showing A1, saves another answer.
        atVersion1().andGivenCommands(tabA(with(assessment(), "parentingCapacity", "A1"), 1),
                        command(new SaveSection(ID, SECTION, with(assessment(), "parentingCapacity", "B1"), 2, "tab-b")))
                .when(new SaveSection(ID, SECTION, with(with(assessment(), "parentingCapacity", "A1"), "voiceOfChild",
                        "A's voice."), 1, "tab-a"), AS_AUTHOR)
                .expectEvents(new SectionSaved(ID, SECTION, Answers.normalise(with(with(assessment(), "parentingCapacity",
                        "B1"), "voiceOfChild", "A's voice."))))
                .expectResultMessagePayload(new SectionSaveOutcome(4, Map.of()));
    }

    @Test
    void anOldClientWithoutAVersionStillReplacesTheSectionWhole() {
        Map<String, List<String>> old = with(assessment(), "parentingCapacity", "Old client's view.");
        atVersion1().andGivenCommands(tabB(with(assessment(), "parentingCapacity", "Tab B's view.")))
                .when(new SaveSection(ID, SECTION, old), AS_AUTHOR)
                .expectEvents(new SectionSaved(ID, SECTION, Answers.normalise(old)))
                .expectResultMessagePayload(new SectionSaveOutcome(3, Map.of()));
    }

    @Test
    void sectionSavedEventsStoredBeforeVersionsCountAsVersionsOnReplay() {
        // Events stored before this change have no page: replay still counts them, so a page drawn after two of them
        // is at version 2 and its save merges as any other.
        fixture.given(Given.then(Given.withFamily(), new SectionSaved(ID, SECTION, AT_VERSION_1),
                        new SectionSaved(ID, SECTION, Answers.normalise(with(assessment(), "voiceOfChild", "Later.")))))
                .when(new SaveSection(ID, SECTION, with(assessment(), "parentingCapacity", "New."), 1, "tab-a"),
                        AS_AUTHOR)
                .expectEvents(new SectionSaved(ID, SECTION, Answers.normalise(with(with(assessment(),
                        "parentingCapacity", "New."), "voiceOfChild", "Later."))))
                .expectResultMessagePayload(new SectionSaveOutcome(3, Map.of()));
    }

    private TestExecutor<Assessment> atVersion1() {
        return fixture.given(Given.then(Given.withFamily(), new SectionSaved(ID, SECTION, AT_VERSION_1)));
    }

    private static Object tabB(Map<String, List<String>> answers) {
        return command(new SaveSection(ID, SECTION, answers, 1, "tab-b"));
    }

    private static Object tabA(Map<String, List<String>> answers, int basedOn) {
        return command(new SaveSection(ID, SECTION, answers, basedOn, "tab-a"));
    }

    private static Object command(SaveSection save) {
        return GenericCommandMessage.asCommandMessage(save).andMetaData(AS_AUTHOR);
    }
}
