package uk.earlyhelp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.earlyhelp.assessment.AssessmentFixture.AS_AUTHOR;
import static uk.earlyhelp.assessment.AssessmentFixture.AUTHOR;
import static uk.earlyhelp.assessment.AssessmentFixture.FORM_ID;
import static uk.earlyhelp.assessment.AssessmentFixture.ID;
import static uk.earlyhelp.assessment.AssessmentFixture.error;

import org.junit.jupiter.api.Test;
import uk.earlyhelp.assessment.api.AssessmentRefusedException;
import uk.earlyhelp.assessment.api.AssessmentStarted;
import uk.earlyhelp.assessment.api.StartAssessment;

class StartingAnAssessmentTest {

    private final AssessmentFixture fixture = new AssessmentFixture();

    @Test
    void anAssessmentStartsOnTheNewestVersionOfTheFormForItsAuthor() {
        fixture.givenNoPriorActivity()
                .when(new StartAssessment(ID, FORM_ID, AUTHOR), AS_AUTHOR)
                .expectEvents(new AssessmentStarted(ID, FORM_ID, 1, AUTHOR));
    }

    @Test
    void anAssessmentOfAFormThePortalDoesNotKnowIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new StartAssessment(ID, "child-protection-plan", AUTHOR), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("formId", "There is no form called child-protection-plan"));
    }

    @Test
    void anAssessmentWithoutAFormIsRefusedAsAnUnknownForm() {
        fixture.givenNoPriorActivity()
                .when(new StartAssessment(ID, null, AUTHOR), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusedFields()).containsExactly("formId");
    }

    @Test
    void anIdThatIsNotSafeInAUrlIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new StartAssessment("../assessment 1", FORM_ID, AUTHOR), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(
                error("assessmentId", "An id must be 1 to 64 letters, digits, hyphens or underscores"));
    }

    @Test
    void anIdLongerThan64CharactersIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new StartAssessment("a".repeat(65), FORM_ID, AUTHOR), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusedFields()).containsExactly("assessmentId");
    }

    @Test
    void anAssessmentWithABlankAuthorIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new StartAssessment(ID, FORM_ID, "  "), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("authorId", "An assessment needs an author"));
    }
}
