package uk.earlyhelp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.earlyhelp.assessment.AssessmentFixture.AS_AUTHOR;
import static uk.earlyhelp.assessment.AssessmentFixture.ID;
import static uk.earlyhelp.assessment.AssessmentFixture.error;

import org.axonframework.eventsourcing.AggregateDeletedException;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.assessment.api.AssessmentDeleted;
import uk.earlyhelp.assessment.api.AssessmentRefusedException;
import uk.earlyhelp.assessment.api.DeleteAssessment;
import uk.earlyhelp.assessment.api.DeleteUntouchedDraft;
import uk.earlyhelp.assessment.api.DeletionReason;
import uk.earlyhelp.assessment.api.FinishAssessment;
import uk.earlyhelp.assessment.api.SaveSection;

/** Drafts may be deleted (My Assessments, with confirmation); submitted assessments may not. */
class DeletingTest {

    private final AssessmentFixture fixture = new AssessmentFixture();

    @Test
    void aDraftIsDeletedByTheActingUser() {
        fixture.given(Given.withFamily())
                .when(new DeleteAssessment(ID), AS_AUTHOR)
                .expectEvents(new AssessmentDeleted(ID, AssessmentFixture.AUTHOR))
                .expectMarkedDeleted();
    }

    @Test
    void aSubmittedAssessmentCannotBeDeleted() {
        fixture.given(Given.finished())
                .when(new DeleteAssessment(ID), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("assessmentId", "Submitted assessments cannot be deleted"));
    }

    @Test
    void givenADeletedDraft_whenASectionIsSaved_thenTheAssessmentIsNotFound() {
        fixture.given(Given.then(Given.withFamily(), new AssessmentDeleted(ID, AssessmentFixture.AUTHOR)))
                .when(new SaveSection(ID, "outcome", ExampleAnswers.outcome()), AS_AUTHOR)
                .expectException(AggregateDeletedException.class)
                .expectNoEvents();
    }

    @Test
    void givenADeletedDraft_whenFinished_thenTheAssessmentIsNotFound() {
        fixture.given(Given.then(Given.complete(), new AssessmentDeleted(ID, AssessmentFixture.AUTHOR)))
                .when(new FinishAssessment(ID), AS_AUTHOR)
                .expectException(AggregateDeletedException.class)
                .expectNoEvents();
    }

    @Test
    void givenADeletedDraft_whenDeletedAgain_thenTheAssessmentIsNotFound() {
        fixture.given(Given.then(Given.started(), new AssessmentDeleted(ID, AssessmentFixture.AUTHOR)))
                .when(new DeleteAssessment(ID), AS_AUTHOR)
                .expectException(AggregateDeletedException.class)
                .expectNoEvents();
    }

    @Test
    void anUntouchedDraftIsDeletedByTheRetentionScheduleWithItsReason() {
        fixture.given(Given.withFamily())
                .when(new DeleteUntouchedDraft(ID, 2), AS_RETENTION)
                .expectEvents(new AssessmentDeleted(ID, "retention", DeletionReason.UNTOUCHED_DRAFT_RETENTION))
                .expectMarkedDeleted();
    }

    @Test
    void theRetentionScheduleCannotDeleteASubmittedAssessment() {
        fixture.given(Given.finished())
                .when(new DeleteUntouchedDraft(ID, 0), AS_RETENTION)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
    }

    private static final org.axonframework.messaging.MetaData AS_RETENTION = org.axonframework.messaging.MetaData
            .with(uk.earlyhelp.assessment.api.ActingUser.METADATA_KEY, "retention");
}
