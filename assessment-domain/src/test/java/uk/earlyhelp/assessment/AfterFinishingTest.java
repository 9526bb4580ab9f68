package uk.earlyhelp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.earlyhelp.assessment.AssessmentFixture.AS_AUTHOR;
import static uk.earlyhelp.assessment.AssessmentFixture.ID;
import static uk.earlyhelp.assessment.AssessmentFixture.error;
import static uk.earlyhelp.assessment.ExampleAnswers.actionFor;
import static uk.earlyhelp.assessment.ExampleAnswers.healthVisitor;
import static uk.earlyhelp.assessment.ExampleAnswers.mary;
import static uk.earlyhelp.assessment.ExampleAnswers.with;
import static uk.earlyhelp.assessment.Given.ACTION;
import static uk.earlyhelp.assessment.Given.HEALTH_VISITOR;
import static uk.earlyhelp.assessment.Given.MARY;
import static uk.earlyhelp.assessment.Given.UNBORN;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.earlyhelp.assessment.api.AddActionPlanRow;
import uk.earlyhelp.assessment.api.AddFamilyMember;
import uk.earlyhelp.assessment.api.AddInvolvedProfessional;
import uk.earlyhelp.assessment.api.AssessmentRefusedException;
import uk.earlyhelp.assessment.api.ChangeActionPlanRow;
import uk.earlyhelp.assessment.api.ChangeFamilyMember;
import uk.earlyhelp.assessment.api.ChangeInvolvedProfessional;
import uk.earlyhelp.assessment.api.RemoveActionPlanRow;
import uk.earlyhelp.assessment.api.RemoveFamilyMember;
import uk.earlyhelp.assessment.api.RemoveInvolvedProfessional;
import uk.earlyhelp.assessment.api.SaveSection;

/** A submitted assessment is read-only: every editing command is refused and nothing is appended. */
class AfterFinishingTest {

    private final AssessmentFixture fixture = new AssessmentFixture();

    static Stream<Object> everyEditingCommand() {
        return Stream.of(
                new SaveSection(ID, "outcome", ExampleAnswers.outcome()),
                new AddFamilyMember(ID, "john", with(mary(), "name", "John Smith")),
                new ChangeFamilyMember(ID, MARY, with(mary(), "placeOfWork", "Hillside Café")),
                new RemoveFamilyMember(ID, MARY),
                new AddInvolvedProfessional(ID, "gp", with(healthVisitor(), "role", "GP")),
                new ChangeInvolvedProfessional(ID, HEALTH_VISITOR, with(healthVisitor(), "contact", "07700 900123")),
                new RemoveInvolvedProfessional(ID, HEALTH_VISITOR),
                new AddActionPlanRow(ID, "action-2", actionFor(MARY)),
                new ChangeActionPlanRow(ID, ACTION, actionFor(MARY, UNBORN)),
                new RemoveActionPlanRow(ID, ACTION));
    }

    @ParameterizedTest
    @MethodSource("everyEditingCommand")
    void aSubmittedAssessmentCannotBeChanged(Object command) {
        fixture.given(Given.finished())
                .when(command, AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(
                error("assessmentId", "This assessment has been submitted and can no longer be changed"));
    }
}
