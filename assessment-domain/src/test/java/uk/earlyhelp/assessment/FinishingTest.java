package uk.earlyhelp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.earlyhelp.assessment.AssessmentFixture.AS_AUTHOR;
import static uk.earlyhelp.assessment.AssessmentFixture.ID;
import static uk.earlyhelp.assessment.AssessmentFixture.error;
import static uk.earlyhelp.assessment.ExampleAnswers.consent;
import static uk.earlyhelp.assessment.ExampleAnswers.keyPerson;
import static uk.earlyhelp.assessment.ExampleAnswers.with;
import static uk.earlyhelp.assessment.Given.ACTION;
import static uk.earlyhelp.assessment.Given.UNBORN;
import static uk.earlyhelp.assessment.Given.sectionSaved;

import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.assessment.api.ActingUser;
import uk.earlyhelp.assessment.api.ActionPlanRowRemoved;
import uk.earlyhelp.assessment.api.AssessmentFinished;
import uk.earlyhelp.assessment.api.AssessmentRefusedException;
import uk.earlyhelp.assessment.api.FamilyMemberRemoved;
import uk.earlyhelp.assessment.api.FinishAssessment;

/** Finish (submit): refused with everything still missing, in the order the practitioner meets it. */
class FinishingTest {

    private final AssessmentFixture fixture = new AssessmentFixture();

    @Test
    void aCompleteAssessmentIsFinishedByTheActingUser() {
        fixture.given(Given.complete())
                .when(new FinishAssessment(ID), MetaData.with(ActingUser.METADATA_KEY, "practitioner-2"))
                .expectEvents(new AssessmentFinished(ID, "practitioner-2"));
    }

    @Test
    void anEmptyAssessmentCannotBeFinishedAndEverythingMissingIsListed() {
        fixture.given(Given.started())
                .when(new FinishAssessment(ID), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusedFields()).containsExactly(
                "family-members",
                "assessment.significantHarm", "assessment.childDevelopment", "assessment.parentingCapacity",
                "assessment.familyEnvironment", "assessment.voiceOfChild", "assessment.parentsViews",
                "action-plan",
                "consent.agreedBy", "consent.agreedByRelationship", "consent.childAgreed", "consent.consentDate",
                "consent.consentMethod", "consent.sharingAgencies", "consent.refusedOrWithdrawn",
                "presenting-needs.presentingNeeds",
                "outcome.outcome", "outcome.outcomeReason",
                "your-details.name", "your-details.jobTitle", "your-details.organisation", "your-details.email",
                "your-details.phone", "your-details.locality", "your-details.completedOn",
                "key-person.isKeyPerson");
        assertThat(fixture.refusal()).contains(
                error("family-members", "Add at least one family member"),
                error("assessment.childDevelopment", "Enter the child's developmental needs"),
                error("action-plan", "Add at least one action"),
                error("consent.consentDate", "Enter date agreed"),
                error("presenting-needs.presentingNeeds", "Select at least one option for presenting needs"),
                error("outcome.outcome", "Select an option for outcome"));
    }

    @Test
    void cannotFinishWithoutConsent() {
        fixture.given(Given.then(Given.complete(), sectionSaved("consent", Map.of())))
                .when(new FinishAssessment(ID), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusedFields()).containsExactly("consent.agreedBy", "consent.agreedByRelationship",
                "consent.childAgreed", "consent.consentDate", "consent.consentMethod", "consent.sharingAgencies",
                "consent.refusedOrWithdrawn");
    }

    @Test
    void cannotFinishWithoutAnAction() {
        fixture.given(Given.then(Given.complete(), new ActionPlanRowRemoved(ID, ACTION)))
                .when(new FinishAssessment(ID), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(error("action-plan", "Add at least one action"));
    }

    @Test
    void givenAgreementWasRefusedOrWithdrawn_whenFinishing_thenNotesOnItAreNeeded() {
        fixture.given(Given.then(Given.complete(), sectionSaved("consent", with(consent(), "refusedOrWithdrawn", "yes"))))
                .when(new FinishAssessment(ID), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(
                error("consent.refusalNotes", "Enter notes on the refusal or withdrawal"));
    }

    @Test
    void givenAnOtherPresentingNeed_whenFinishing_thenItsDescriptionIsNeeded() {
        fixture.given(Given.then(Given.complete(),
                        sectionSaved("presenting-needs", Map.of("presentingNeeds", List.of("housing", "other")))))
                .when(new FinishAssessment(ID), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusedFields()).containsExactly("presenting-needs.otherNeed");
    }

    @Test
    void givenTheAuthorIsNotTheKeyPerson_whenFinishing_thenTheKeyPersonsDetailsAreNeeded() {
        fixture.given(Given.then(Given.complete(), sectionSaved("key-person", with(keyPerson(), "isKeyPerson", "no"))))
                .when(new FinishAssessment(ID), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusedFields()).containsExactly("key-person.keyPersonName", "key-person.keyPersonRole",
                "key-person.keyPersonOrganisation", "key-person.keyPersonEmail", "key-person.keyPersonPhone");
    }

    @Test
    void givenTheAuthorIsNotTheKeyPersonAndNamesThem_whenFinishing_thenTheAssessmentIsFinished() {
        Map<String, List<String>> keyPersonNamed = Map.of("isKeyPerson", List.of("no"),
                "keyPersonName", List.of("Jo Brown"), "keyPersonRole", List.of("Lead practitioner"),
                "keyPersonOrganisation", List.of("Hillside School"), "keyPersonEmail", List.of("jo.brown@example.org"),
                "keyPersonPhone", List.of("01234 111111"));
        fixture.given(Given.then(Given.complete(), sectionSaved("key-person", keyPersonNamed)))
                .when(new FinishAssessment(ID), AS_AUTHOR)
                .expectEvents(new AssessmentFinished(ID, AssessmentFixture.AUTHOR));
    }

    @Test
    void givenAnActionWhoseOnlyFamilyMemberWasRemoved_whenFinishing_thenTheActionNeedsAFamilyMember() {
        fixture.given(Given.then(Given.complete(), new FamilyMemberRemoved(ID, UNBORN)))
                .when(new FinishAssessment(ID), AS_AUTHOR)
                .expectException(AssessmentRefusedException.class)
                .expectNoEvents();
        assertThat(fixture.refusal()).containsExactly(
                error("action-plan[" + ACTION + "].familyMembers", "Select at least one option for family members concerned"));
    }

    @Test
    void givenAFinishedAssessment_whenFinishedAgain_thenNothingIsAppended() {
        fixture.given(Given.finished())
                .when(new FinishAssessment(ID), AS_AUTHOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
