package uk.earlyhelp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.earlyhelp.assessment.AssessmentFixture.AS_AUTHOR;
import static uk.earlyhelp.assessment.AssessmentFixture.ID;
import static uk.earlyhelp.assessment.AssessmentFixture.error;
import static uk.earlyhelp.assessment.AssessmentFixture.mashMessage;
import static uk.earlyhelp.assessment.ExampleAnswers.actionFor;
import static uk.earlyhelp.assessment.ExampleAnswers.assessment;
import static uk.earlyhelp.assessment.ExampleAnswers.consent;
import static uk.earlyhelp.assessment.ExampleAnswers.mary;
import static uk.earlyhelp.assessment.ExampleAnswers.with;
import static uk.earlyhelp.assessment.Given.ACTION;
import static uk.earlyhelp.assessment.Given.MARY;
import static uk.earlyhelp.assessment.Given.UNBORN;
import static uk.earlyhelp.assessment.Given.sectionSaved;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.assessment.api.AddActionPlanRow;
import uk.earlyhelp.assessment.api.AddFamilyMember;
import uk.earlyhelp.assessment.api.AssessmentRefusedException;
import uk.earlyhelp.assessment.api.FinishAssessment;
import uk.earlyhelp.assessment.api.RemoveFamilyMember;
import uk.earlyhelp.assessment.api.SaveSection;
import uk.earlyhelp.assessment.api.SectionSaved;
import uk.earlyhelp.assessment.api.SignificantHarmIndicated;

/** "Is any child at risk of significant harm?" Yes stops the form: the MASH route applies instead. */
class SignificantHarmGateTest {

    private static final Map<String, List<String>> AT_RISK = with(assessment(), "significantHarm", "yes");

    private final AssessmentFixture fixture = new AssessmentFixture();

    private static List<Object> stoppedAtTheGate() {
        return Given.then(Given.withFamily(), sectionSaved("assessment", AT_RISK));
    }

    @Test
    void answeringYesSavesTheSectionAndIndicatesSignificantHarm() {
        fixture.given(Given.withFamily())
                .when(new SaveSection(ID, "assessment", AT_RISK), AS_AUTHOR)
                .expectEvents(new SectionSaved(ID, "assessment", AT_RISK), new SignificantHarmIndicated(ID, "assessment"));
    }

    @Test
    void theMashMessageGivesTheSafeguardingContact() {
        assertThat(mashMessage()).contains("Multi-Agency Safeguarding Hub (MASH)").contains("999");
    }

    @Test
    void givenSignificantHarm_whenAnotherSectionIsSaved_thenItIsRefusedWithTheMashMessage() {
        fixture.given(stoppedAtTheGate())
                .when(new SaveSection(ID, "consent", consent()), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("assessment.significantHarm", mashMessage()));
    }

    @Test
    void givenSignificantHarm_whenAFamilyMemberIsAdded_thenItIsRefusedWithTheMashMessage() {
        fixture.given(stoppedAtTheGate())
                .when(new AddFamilyMember(ID, "john", with(mary(), "name", "John Smith")), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("assessment.significantHarm", mashMessage()));
    }

    @Test
    void givenSignificantHarm_whenAFamilyMemberIsRemoved_thenItIsRefusedWithTheMashMessage() {
        fixture.given(stoppedAtTheGate())
                .when(new RemoveFamilyMember(ID, MARY), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("assessment.significantHarm", mashMessage()));
    }

    @Test
    void givenSignificantHarm_whenAnActionIsAdded_thenItIsRefusedWithTheMashMessage() {
        fixture.given(stoppedAtTheGate())
                .when(new AddActionPlanRow(ID, ACTION, actionFor(UNBORN)), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("assessment.significantHarm", mashMessage()));
    }

    @Test
    void givenSignificantHarm_whenOtherwiseComplete_thenFinishIsRefusedWithTheMashMessage() {
        fixture.given(Given.then(Given.complete(), sectionSaved("assessment", AT_RISK)))
                .when(new FinishAssessment(ID), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("assessment.significantHarm", mashMessage()));
    }

    @Test
    void givenSignificantHarm_whenTheAssessmentPageIsSavedAgainStillYes_thenHarmIsNotIndicatedTwice() {
        Map<String, List<String>> stillAtRisk = with(AT_RISK, "parentsViews", "Mary is frightened.");
        fixture.given(stoppedAtTheGate())
                .when(new SaveSection(ID, "assessment", stillAtRisk), AS_AUTHOR)
                .expectEvents(new SectionSaved(ID, "assessment", stillAtRisk));
    }

    @Test
    void givenSignificantHarm_whenNoIsAnsweredAgain_thenTheSectionIsSavedWithoutIndicatingHarm() {
        fixture.given(stoppedAtTheGate())
                .when(new SaveSection(ID, "assessment", assessment()), AS_AUTHOR)
                .expectEvents(new SectionSaved(ID, "assessment", assessment()));
    }

    @Test
    void givenHarmAnsweredYesThenNo_whenAnotherSectionIsSaved_thenTheFormGoesOn() {
        fixture.given(Given.then(stoppedAtTheGate(), sectionSaved("assessment", assessment())))
                .when(new SaveSection(ID, "consent", consent()), AS_AUTHOR)
                .expectEvents(new SectionSaved(ID, "consent", consent()));
    }
}
