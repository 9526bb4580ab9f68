package uk.earlyhelp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.earlyhelp.assessment.AssessmentFixture.AS_AUTHOR;
import static uk.earlyhelp.assessment.AssessmentFixture.ID;
import static uk.earlyhelp.assessment.AssessmentFixture.error;
import static uk.earlyhelp.assessment.ExampleAnswers.mary;
import static uk.earlyhelp.assessment.ExampleAnswers.unbornSmith;
import static uk.earlyhelp.assessment.ExampleAnswers.with;
import static uk.earlyhelp.assessment.ExampleAnswers.without;
import static uk.earlyhelp.assessment.Given.MARY;
import static uk.earlyhelp.assessment.Given.UNBORN;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.assessment.api.AddFamilyMember;
import uk.earlyhelp.assessment.api.AssessmentRefusedException;
import uk.earlyhelp.assessment.api.ChangeFamilyMember;
import uk.earlyhelp.assessment.api.FamilyMemberAdded;
import uk.earlyhelp.assessment.api.FamilyMemberChanged;
import uk.earlyhelp.assessment.api.FamilyMemberRemoved;
import uk.earlyhelp.assessment.api.RemoveFamilyMember;

/** Section 1: one row per family member, each checked whole when added or changed. */
class FamilyMembersTest {

    /** One code point, two UTF-16 chars: limits count what the practitioner sees. */
    private static final String EMOJI = "\uD83D\uDE00";

    private final AssessmentFixture fixture = new AssessmentFixture();

    @Test
    void aFamilyMemberIsAdded() {
        fixture.given(Given.started())
                .when(new AddFamilyMember(ID, MARY, mary()), AS_AUTHOR)
                .expectEvents(new FamilyMemberAdded(ID, MARY, mary()));
    }

    @Test
    void anUnbornChildIsAddedWithAnExpectedDateOfDeliveryAFewMonthsAhead() {
        fixture.given(Given.started())
                .when(new AddFamilyMember(ID, UNBORN, unbornSmith()), AS_AUTHOR)
                .expectEvents(new FamilyMemberAdded(ID, UNBORN, unbornSmith()));
    }

    @Test
    void aFamilyMemberIsChanged() {
        Map<String, List<String>> moved = with(mary(), "placeOfWork", "Hillside Café");
        fixture.given(Given.withFamily())
                .when(new ChangeFamilyMember(ID, MARY, moved), AS_AUTHOR)
                .expectEvents(new FamilyMemberChanged(ID, MARY, moved));
    }

    @Test
    void aFamilyMemberIsRemoved() {
        fixture.given(Given.withFamily())
                .when(new RemoveFamilyMember(ID, MARY), AS_AUTHOR)
                .expectEvents(new FamilyMemberRemoved(ID, MARY));
    }

    @Test
    void aNameOf1000CharactersIsAccepted() {
        Map<String, List<String>> longName = with(mary(), "name", EMOJI.repeat(1000));
        fixture.given(Given.started())
                .when(new AddFamilyMember(ID, MARY, longName), AS_AUTHOR)
                .expectEvents(new FamilyMemberAdded(ID, MARY, longName));
    }

    @Test
    void aNameOf1001CharactersIsRefused() {
        fixture.given(Given.started())
                .when(new AddFamilyMember(ID, MARY, with(mary(), "name", EMOJI.repeat(1001))), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("family-members.name", "Name must be 1,000 characters or fewer"));
    }

    @Test
    void aDateOfBirthInTheFutureIsRefused() {
        fixture.given(Given.started())
                .when(new AddFamilyMember(ID, MARY, with(mary(), "dateOfBirth", "2026-11-27")), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(
                error("family-members.dateOfBirth", "Date of birth must be today or in the past"));
    }

    @Test
    void aChildBornTodayIsAccepted() {
        Map<String, List<String>> newborn = with(with(mary(), "name", "Baby Smith"), "dateOfBirth", "2026-11-26");
        fixture.given(Given.started())
                .when(new AddFamilyMember(ID, "baby", newborn), AS_AUTHOR)
                .expectEvents(new FamilyMemberAdded(ID, "baby", newborn));
    }

    @Test
    void aDateOfBirthThatIsNotARealDateIsRefused() {
        fixture.given(Given.started())
                .when(new AddFamilyMember(ID, MARY, with(mary(), "dateOfBirth", "1990-02-30")), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(
                error("family-members.dateOfBirth", "Date of birth or expected date of delivery must be a real date"));
    }

    @Test
    void anExpectedDateOfDeliveryInThePastIsRefused() {
        fixture.given(Given.started())
                .when(new AddFamilyMember(ID, UNBORN, with(unbornSmith(), "dateOfBirth", "2026-11-25")), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(
                error("family-members.dateOfBirth", "Expected date of delivery must be today or in the future"));
    }

    @Test
    void anExpectedDateOfDeliveryExactlyTenMonthsAheadIsAccepted() {
        Map<String, List<String>> due = with(unbornSmith(), "dateOfBirth", "2027-09-26");
        fixture.given(Given.started())
                .when(new AddFamilyMember(ID, UNBORN, due), AS_AUTHOR)
                .expectEvents(new FamilyMemberAdded(ID, UNBORN, due));
    }

    @Test
    void anExpectedDateOfDeliveryMoreThanTenMonthsAheadIsRefused() {
        fixture.given(Given.started())
                .when(new AddFamilyMember(ID, UNBORN, with(unbornSmith(), "dateOfBirth", "2027-09-27")), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(
                error("family-members.dateOfBirth", "Expected date of delivery must be within the next 10 months"));
    }

    @Test
    void anOptionCodeThatIsNotOnTheListIsRefused() {
        fixture.given(Given.started())
                .when(new AddFamilyMember(ID, MARY, with(mary(), "gender", "Female")), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("family-members.gender", "Gender: choose from the list"));
    }

    @Test
    void aMemberMissingRequiredColumnsIsRefusedListingEveryOneMissing() {
        fixture.given(Given.started())
                .when(new AddFamilyMember(ID, MARY, Map.of("name", List.of("Mary Smith"))), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(
                error("family-members.dateOfBirth", "Enter date of birth or expected date of delivery"),
                error("family-members.gender", "Select an option for gender"),
                error("family-members.relationship", "Select an option for relationship"),
                error("family-members.ethnicity", "Select an option for ethnicity"));
    }

    @Test
    void theOptionalPlaceOfWorkMayBeLeftOut() {
        Map<String, List<String>> noWork = without(mary(), "placeOfWork");
        fixture.given(Given.started())
                .when(new AddFamilyMember(ID, MARY, noWork), AS_AUTHOR)
                .expectEvents(new FamilyMemberAdded(ID, MARY, noWork));
    }

    @Test
    void aFieldThatIsNotAColumnOfTheTableIsRefused() {
        fixture.given(Given.started())
                .when(new AddFamilyMember(ID, MARY, with(mary(), "nickname", "Mazza")), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("family-members.nickname", "This is not a question on this page"));
    }

    @Test
    void aMemberAlreadyAddedCannotBeAddedAgain() {
        fixture.given(Given.withFamily())
                .when(new AddFamilyMember(ID, MARY, mary()), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("family-members", "This family member has already been added"));
    }

    @Test
    void aMemberIdThatIsNotSafeInAUrlIsRefused() {
        fixture.given(Given.started())
                .when(new AddFamilyMember(ID, "mary smith", mary()), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusedFields()).containsExactly("family-members.rowId");
    }

    @Test
    void aMemberWhoIsNotOnTheAssessmentCannotBeChanged() {
        fixture.given(Given.withFamily())
                .when(new ChangeFamilyMember(ID, "john", mary()), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("family-members", "This family member is not on the assessment"));
    }

    @Test
    void aChangeToDetailsThatBreakTheRulesIsRefused() {
        fixture.given(Given.withFamily())
                .when(new ChangeFamilyMember(ID, UNBORN, with(unbornSmith(), "dateOfBirth", "2026-01-01")), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusedFields()).containsExactly("family-members.dateOfBirth");
    }

    @Test
    void givenAMember_whenTheSameDetailsAreSavedAgain_thenNothingIsAppended() {
        Map<String, List<String>> sameWithBlankExtras = with(mary(), "placeOfWork", "Not currently working", "");
        fixture.given(Given.withFamily())
                .when(new ChangeFamilyMember(ID, MARY, sameWithBlankExtras), AS_AUTHOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aMemberWhoIsNotOnTheAssessmentCannotBeRemoved() {
        fixture.given(Given.withFamily())
                .when(new RemoveFamilyMember(ID, "john"), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("family-members", "This family member is not on the assessment"));
    }

    @Test
    void aRemovedMemberCannotBeRemovedTwice() {
        fixture.given(Given.then(Given.withFamily(), new FamilyMemberRemoved(ID, MARY)))
                .when(new RemoveFamilyMember(ID, MARY), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
    }
}
