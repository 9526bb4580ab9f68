package uk.earlyhelp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.earlyhelp.assessment.AssessmentFixture.AS_AUTHOR;
import static uk.earlyhelp.assessment.AssessmentFixture.ID;
import static uk.earlyhelp.assessment.AssessmentFixture.error;
import static uk.earlyhelp.assessment.ExampleAnswers.actionFor;
import static uk.earlyhelp.assessment.ExampleAnswers.with;
import static uk.earlyhelp.assessment.Given.ACTION;
import static uk.earlyhelp.assessment.Given.MARY;
import static uk.earlyhelp.assessment.Given.UNBORN;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.assessment.api.ActionPlanRowAdded;
import uk.earlyhelp.assessment.api.ActionPlanRowChanged;
import uk.earlyhelp.assessment.api.ActionPlanRowRemoved;
import uk.earlyhelp.assessment.api.AddActionPlanRow;
import uk.earlyhelp.assessment.api.AssessmentRefusedException;
import uk.earlyhelp.assessment.api.ChangeActionPlanRow;
import uk.earlyhelp.assessment.api.RemoveActionPlanRow;

/** The action plan: rows that say who does what, by when, for which family members. */
class ActionPlanTest {

    private final AssessmentFixture fixture = new AssessmentFixture();

    private static List<Object> withAnAction() {
        return Given.then(Given.withFamily(), new ActionPlanRowAdded(ID, ACTION, actionFor(UNBORN)));
    }

    @Test
    void anActionForFamilyMembersOnTheAssessmentIsAdded() {
        fixture.given(Given.withFamily())
                .when(new AddActionPlanRow(ID, ACTION, actionFor(MARY, UNBORN)), AS_AUTHOR)
                .expectEvents(new ActionPlanRowAdded(ID, ACTION, actionFor(MARY, UNBORN)));
    }

    @Test
    void anActionMayFallDueOnAnyRealDate() {
        Map<String, List<String>> overdue = with(actionFor(MARY), "byWhen", "2026-01-31");
        fixture.given(Given.withFamily())
                .when(new AddActionPlanRow(ID, ACTION, overdue), AS_AUTHOR)
                .expectEvents(new ActionPlanRowAdded(ID, ACTION, overdue));
    }

    @Test
    void anActionForSomeoneWhoIsNotInTheFamilyIsRefused() {
        fixture.given(Given.withFamily())
                .when(new AddActionPlanRow(ID, ACTION, actionFor(MARY, "john")), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(
                error("action-plan.familyMembers", "Select family members who are on this assessment"));
    }

    @Test
    void anActionBeforeAnyFamilyMemberIsAddedIsRefused() {
        fixture.given(Given.started())
                .when(new AddActionPlanRow(ID, ACTION, actionFor(MARY)), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).contains(
                error("action-plan.familyMembers", "Select family members who are on this assessment"));
    }

    @Test
    void anActionWithAnIndicatorThatIsNotOnTheListIsRefused() {
        fixture.given(Given.withFamily())
                .when(new AddActionPlanRow(ID, ACTION, with(actionFor(MARY), "ffIndicator", "world-peace")), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusedFields()).containsExactly("action-plan.ffIndicator");
    }

    @Test
    void anActionMissingEverythingIsRefusedListingEveryColumn() {
        fixture.given(Given.withFamily())
                .when(new AddActionPlanRow(ID, ACTION, Map.of()), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusedFields()).containsExactly("action-plan.ffIndicator", "action-plan.familyMembers",
                "action-plan.need", "action-plan.action", "action-plan.who", "action-plan.byWhen",
                "action-plan.hopedOutcome");
    }

    @Test
    void anActionWithADateThatIsNotRealIsRefused() {
        fixture.given(Given.withFamily())
                .when(new AddActionPlanRow(ID, ACTION, with(actionFor(MARY), "byWhen", "2027-02-30")), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("action-plan.byWhen", "By when must be a real date"));
    }

    @Test
    void anActionIsChanged() {
        Map<String, List<String>> forBoth = actionFor(MARY, UNBORN);
        fixture.given(withAnAction())
                .when(new ChangeActionPlanRow(ID, ACTION, forBoth), AS_AUTHOR)
                .expectEvents(new ActionPlanRowChanged(ID, ACTION, forBoth));
    }

    @Test
    void anActionCannotBeChangedToConcernSomeoneWhoIsNotInTheFamily() {
        fixture.given(withAnAction())
                .when(new ChangeActionPlanRow(ID, ACTION, actionFor("john")), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).contains(
                error("action-plan.familyMembers", "Select family members who are on this assessment"));
    }

    @Test
    void givenAnAction_whenTheSameActionIsSavedAgain_thenNothingIsAppended() {
        fixture.given(withAnAction())
                .when(new ChangeActionPlanRow(ID, ACTION, actionFor(UNBORN, UNBORN)), AS_AUTHOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anActionThatIsNotOnThePlanCannotBeChanged() {
        fixture.given(Given.withFamily())
                .when(new ChangeActionPlanRow(ID, ACTION, actionFor(MARY)), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("action-plan", "This action is not on the assessment"));
    }

    @Test
    void anActionIsRemoved() {
        fixture.given(withAnAction())
                .when(new RemoveActionPlanRow(ID, ACTION), AS_AUTHOR)
                .expectEvents(new ActionPlanRowRemoved(ID, ACTION));
    }

    @Test
    void anActionThatIsNotOnThePlanCannotBeRemoved() {
        fixture.given(Given.withFamily())
                .when(new RemoveActionPlanRow(ID, ACTION), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("action-plan", "This action is not on the assessment"));
    }
}
