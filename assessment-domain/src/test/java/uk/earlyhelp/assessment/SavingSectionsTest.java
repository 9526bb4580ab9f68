package uk.earlyhelp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.earlyhelp.assessment.AssessmentFixture.AS_AUTHOR;
import static uk.earlyhelp.assessment.AssessmentFixture.ID;
import static uk.earlyhelp.assessment.AssessmentFixture.error;
import static uk.earlyhelp.assessment.ExampleAnswers.assessment;
import static uk.earlyhelp.assessment.ExampleAnswers.consent;
import static uk.earlyhelp.assessment.ExampleAnswers.forSection;
import static uk.earlyhelp.assessment.ExampleAnswers.with;
import static uk.earlyhelp.assessment.Given.sectionSaved;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.earlyhelp.assessment.api.AssessmentRefusedException;
import uk.earlyhelp.assessment.api.SaveSection;
import uk.earlyhelp.assessment.api.SectionSaved;

/** Sections 2 to 7: each page's answers are saved whole, checked but not required to be complete. */
class SavingSectionsTest {

    private final AssessmentFixture fixture = new AssessmentFixture();

    @ParameterizedTest
    @ValueSource(strings = {"assessment", "consent", "presenting-needs", "outcome", "your-details", "key-person"})
    void eachSectionsAnswersAreSaved(String sectionId) {
        fixture.given(Given.withFamily())
                .when(new SaveSection(ID, sectionId, forSection(sectionId)), AS_AUTHOR)
                .expectEvents(new SectionSaved(ID, sectionId, forSection(sectionId)));
    }

    @Test
    void aHalfDonePageCanBeSaved() {
        Map<String, List<String>> justWho = Map.of("agreedBy", List.of("Mary Smith"));
        fixture.given(Given.withFamily())
                .when(new SaveSection(ID, "consent", justWho), AS_AUTHOR)
                .expectEvents(new SectionSaved(ID, "consent", justWho));
    }

    @Test
    void savingNewAnswersReplacesTheSectionsEarlierAnswersWhole() {
        Map<String, List<String>> onlyOther = Map.of("presentingNeeds", List.of("other"), "otherNeed", List.of("Pet care"));
        fixture.given(Given.then(Given.withFamily(), sectionSaved("presenting-needs", ExampleAnswers.presentingNeeds())))
                .when(new SaveSection(ID, "presenting-needs", onlyOther), AS_AUTHOR)
                .expectEvents(new SectionSaved(ID, "presenting-needs", onlyOther));
    }

    @Test
    void aNarrativeOf4000CharactersIsAccepted() {
        Map<String, List<String>> full = with(assessment(), "parentingCapacity", "x".repeat(4000));
        fixture.given(Given.withFamily())
                .when(new SaveSection(ID, "assessment", full), AS_AUTHOR)
                .expectEvents(new SectionSaved(ID, "assessment", full));
    }

    @Test
    void aNarrativeOf4001CharactersIsRefused() {
        fixture.given(Given.withFamily())
                .when(new SaveSection(ID, "assessment", with(assessment(), "parentingCapacity", "x".repeat(4001))), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(
                error("assessment.parentingCapacity", "Parenting capacity must be 4,000 characters or fewer"));
    }

    @Test
    void theCharacterLimitIsWrittenTheUkWayWhateverTheServersLocale() {
        Locale serverLocale = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            fixture.given(Given.withFamily())
                    .when(new SaveSection(ID, "assessment", with(assessment(), "parentingCapacity", "x".repeat(4001))),
                            AS_AUTHOR)
                    .expectException(AssessmentRefusedException.class)
                    .expectNoEvents();
        } finally {
            Locale.setDefault(serverLocale);
        }
        assertThat(fixture.refusal()).containsExactly(
                error("assessment.parentingCapacity", "Parenting capacity must be 4,000 characters or fewer"));
    }

    @Test
    void aLineBreakFromTheBrowserCountsAsOneCharacter() {
        String crlf = "a\r\n".repeat(2000);
        fixture.given(Given.withFamily())
                .when(new SaveSection(ID, "assessment", with(assessment(), "voiceOfChild", crlf)), AS_AUTHOR)
                .expectEvents(new SectionSaved(ID, "assessment", with(assessment(), "voiceOfChild", "a\n".repeat(2000))));
    }

    @Test
    void givenSavedAnswers_whenTheSameAnswersAreSavedAgain_thenNothingIsAppended() {
        fixture.given(Given.then(Given.withFamily(), sectionSaved("consent", consent())))
                .when(new SaveSection(ID, "consent", consent()), AS_AUTHOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenSavedAnswers_whenTheBrowserSendsThemWithCrLfLineEndings_thenNothingIsAppended() {
        Map<String, List<String>> typed = with(assessment(), "parentsViews", "Mary wants help.\nShe is worried about damp.");
        fixture.given(Given.then(Given.withFamily(), sectionSaved("assessment", typed)))
                .when(new SaveSection(ID, "assessment",
                        with(typed, "parentsViews", "Mary wants help.\r\nShe is worried about damp.")), AS_AUTHOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenSavedAnswers_whenTheBrowserAlsoSendsBlankFields_thenNothingIsAppended() {
        Map<String, List<String>> withBlanks = with(with(consent(), "refusalNotes", "", "  "), "sharingAgencies",
                "Health visiting, housing, school", "");
        fixture.given(Given.then(Given.withFamily(), sectionSaved("consent", consent())))
                .when(new SaveSection(ID, "consent", withBlanks), AS_AUTHOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aSectionTheFormDoesNotHaveIsRefused() {
        fixture.given(Given.withFamily())
                .when(new SaveSection(ID, "medical-history", Map.of()), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("sectionId", "There is no such section to save"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"family-details", "action-plan"})
    void aSectionThatIsOnlyATableCannotBeSavedAsAPage(String sectionId) {
        fixture.given(Given.withFamily())
                .when(new SaveSection(ID, sectionId, Map.of("name", List.of("Mary Smith"))), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("sectionId", "There is no such section to save"));
    }

    @Test
    void anAnswerToAQuestionThatIsNotOnThePageIsRefused() {
        fixture.given(Given.withFamily())
                .when(new SaveSection(ID, "consent", with(consent(), "favouriteColour", "blue")), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("consent.favouriteColour", "This is not a question on this page"));
    }

    @Test
    void consentGivenInTheFutureIsRefused() {
        fixture.given(Given.withFamily())
                .when(new SaveSection(ID, "consent", with(consent(), "consentDate", "2026-11-27")), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("consent.consentDate", "Date agreed must be today or in the past"));
    }

    @Test
    void consentGivenTodayIsAccepted() {
        Map<String, List<String>> today = with(consent(), "consentDate", "2026-11-26");
        fixture.given(Given.withFamily())
                .when(new SaveSection(ID, "consent", today), AS_AUTHOR)
                .expectEvents(new SectionSaved(ID, "consent", today));
    }

    @Test
    void aChildWhoAgreedIsRecordedAsYes() {
        Map<String, List<String>> childAgreed = with(consent(), "childAgreed", "yes");
        fixture.given(Given.withFamily())
                .when(new SaveSection(ID, "consent", childAgreed), AS_AUTHOR)
                .expectEvents(new SectionSaved(ID, "consent", childAgreed));
    }

    @Test
    void everyProblemOnAPageIsReportedAtOnce() {
        Map<String, List<String>> twoProblems = with(with(consent(), "consentDate", "2026-12-01"), "consentMethod", "email");
        fixture.given(Given.withFamily())
                .when(new SaveSection(ID, "consent", twoProblems), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(
                error("consent.consentDate", "Date agreed must be today or in the past"),
                error("consent.consentMethod", "How they agreed: choose from the list"));
    }

    @Test
    void aSingleChoiceQuestionTakesOneAnswer() {
        fixture.given(Given.withFamily())
                .when(new SaveSection(ID, "outcome", with(ExampleAnswers.outcome(), "outcome", "signpost", "step-up")), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("outcome.outcome", "Outcome takes one answer"));
    }

    @Test
    void aPresentingNeedThatIsNotOnTheListIsRefused() {
        fixture.given(Given.withFamily())
                .when(new SaveSection(ID, "presenting-needs", Map.of("presentingNeeds", List.of("housing", "boredom"))),
                        AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(
                error("presenting-needs.presentingNeeds", "Presenting needs: choose from the list"));
    }

    @Test
    void aYesOrNoQuestionTakesOnlyYesOrNo() {
        fixture.given(Given.withFamily())
                .when(new SaveSection(ID, "key-person", Map.of("isKeyPerson", List.of("maybe"))), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("key-person.isKeyPerson", "Select yes or no"));
    }

    @Test
    void yourDetailsCannotBeDatedInTheFuture() {
        fixture.given(Given.withFamily())
                .when(new SaveSection(ID, "your-details", with(ExampleAnswers.yourDetails(), "completedOn", "2027-01-01")),
                        AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("your-details.completedOn", "Date must be today or in the past"));
    }
}
