package uk.earlyhelp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.earlyhelp.assessment.AssessmentFixture.AS_AUTHOR;
import static uk.earlyhelp.assessment.AssessmentFixture.ID;
import static uk.earlyhelp.assessment.AssessmentFixture.error;
import static uk.earlyhelp.assessment.ExampleAnswers.healthVisitor;
import static uk.earlyhelp.assessment.ExampleAnswers.with;
import static uk.earlyhelp.assessment.ExampleAnswers.without;
import static uk.earlyhelp.assessment.Given.HEALTH_VISITOR;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.assessment.api.AddInvolvedProfessional;
import uk.earlyhelp.assessment.api.AssessmentRefusedException;
import uk.earlyhelp.assessment.api.ChangeInvolvedProfessional;
import uk.earlyhelp.assessment.api.InvolvedProfessionalAdded;
import uk.earlyhelp.assessment.api.InvolvedProfessionalChanged;
import uk.earlyhelp.assessment.api.InvolvedProfessionalRemoved;
import uk.earlyhelp.assessment.api.RemoveInvolvedProfessional;

/** Section 2's table of other professionals involved with the family. */
class InvolvedProfessionalsTest {

    private final AssessmentFixture fixture = new AssessmentFixture();

    private static List<Object> withHealthVisitor() {
        return Given.then(Given.started(), new InvolvedProfessionalAdded(ID, HEALTH_VISITOR, healthVisitor()));
    }

    @Test
    void aProfessionalIsAdded() {
        fixture.given(Given.started())
                .when(new AddInvolvedProfessional(ID, HEALTH_VISITOR, healthVisitor()), AS_AUTHOR)
                .expectEvents(new InvolvedProfessionalAdded(ID, HEALTH_VISITOR, healthVisitor()));
    }

    @Test
    void aProfessionalNeedsOnlyARoleAndAName() {
        Map<String, List<String>> justRoleAndName = without(healthVisitor(), "agency", "contact");
        fixture.given(Given.started())
                .when(new AddInvolvedProfessional(ID, HEALTH_VISITOR, justRoleAndName), AS_AUTHOR)
                .expectEvents(new InvolvedProfessionalAdded(ID, HEALTH_VISITOR, justRoleAndName));
    }

    @Test
    void aProfessionalWithoutRoleOrNameIsRefused() {
        fixture.given(Given.started())
                .when(new AddInvolvedProfessional(ID, HEALTH_VISITOR, without(healthVisitor(), "role", "name")), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(
                error("involved-professionals.role", "Enter role"),
                error("involved-professionals.name", "Enter name"));
    }

    @Test
    void contactDetailsOver1000CharactersAreRefused() {
        fixture.given(Given.started())
                .when(new AddInvolvedProfessional(ID, HEALTH_VISITOR, with(healthVisitor(), "contact", "x".repeat(1001))),
                        AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(
                error("involved-professionals.contact", "Contact details must be 1,000 characters or fewer"));
    }

    @Test
    void aProfessionalAlreadyAddedCannotBeAddedAgain() {
        fixture.given(withHealthVisitor())
                .when(new AddInvolvedProfessional(ID, HEALTH_VISITOR, healthVisitor()), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(
                error("involved-professionals", "This professional has already been added"));
    }

    @Test
    void aProfessionalIsChanged() {
        Map<String, List<String>> newNumber = with(healthVisitor(), "contact", "07700 900123");
        fixture.given(withHealthVisitor())
                .when(new ChangeInvolvedProfessional(ID, HEALTH_VISITOR, newNumber), AS_AUTHOR)
                .expectEvents(new InvolvedProfessionalChanged(ID, HEALTH_VISITOR, newNumber));
    }

    @Test
    void givenAProfessional_whenTheSameDetailsAreSavedAgain_thenNothingIsAppended() {
        fixture.given(withHealthVisitor())
                .when(new ChangeInvolvedProfessional(ID, HEALTH_VISITOR, healthVisitor()), AS_AUTHOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aProfessionalWhoIsNotOnTheAssessmentCannotBeChanged() {
        fixture.given(Given.started())
                .when(new ChangeInvolvedProfessional(ID, HEALTH_VISITOR, healthVisitor()), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(
                error("involved-professionals", "This professional is not on the assessment"));
    }

    @Test
    void aProfessionalIsRemoved() {
        fixture.given(withHealthVisitor())
                .when(new RemoveInvolvedProfessional(ID, HEALTH_VISITOR), AS_AUTHOR)
                .expectEvents(new InvolvedProfessionalRemoved(ID, HEALTH_VISITOR));
    }

    @Test
    void aProfessionalWhoIsNotOnTheAssessmentCannotBeRemoved() {
        fixture.given(Given.started())
                .when(new RemoveInvolvedProfessional(ID, HEALTH_VISITOR), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(
                error("involved-professionals", "This professional is not on the assessment"));
    }
}
