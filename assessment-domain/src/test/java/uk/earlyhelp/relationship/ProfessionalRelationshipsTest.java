package uk.earlyhelp.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.earlyhelp.relationship.RelationshipFixtures.COORDINATOR;
import static uk.earlyhelp.relationship.RelationshipFixtures.NORTH;
import static uk.earlyhelp.relationship.RelationshipFixtures.tomDescribed;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.relationship.api.*;

/**
 * A practitioner's links: asked for once, granted as key worker or declined with a reason, withdrawn while pending,
 * ended while active.
 */
class ProfessionalRelationshipsTest {

    static final String PRACTITIONER = "practitioner-account-1";
    static final String REASON = "I am the school's family support worker for Tom";

    private final AggregateTestFixture<ProfessionalRelationships> fixture = RelationshipFixtures.relationships();

    // ---- asking ----

    @Test
    void aPractitionerAsksForALinkWithTheReason() {
        fixture.givenNoPriorActivity()
                .when(new RequestLink(PRACTITIONER, "l1", NORTH, tomDescribed(), " " + REASON + " "))
                .expectEvents(requested("l1"));
    }

    @Test
    void aRequestNeedsTheChildsNamesADateOfBirthNotInTheFutureAndAReason() {
        fixture.givenNoPriorActivity()
                .when(new RequestLink(PRACTITIONER, "l1", NORTH, new ChildDescription("", "", "2030-01-01", "bad ref"), ""))
                .expectException(RelationshipRefusedException.class)
                .expectExceptionMessage("Refused: [firstName, lastName, dateOfBirth, mosaicPersonReference, reason]")
                .expectNoEvents();
    }

    @Test
    void aTooLongReasonIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RequestLink(PRACTITIONER, "l1", NORTH, tomDescribed(), "r".repeat(1001)))
                .expectExceptionMessage("Refused: [reason]")
                .expectNoEvents();
    }

    @Test
    void theSameChildCannotBeAskedForAgainWhileTheRequestIsPending() {
        fixture.given(requested("l1"))
                .when(new RequestLink(PRACTITIONER, "l2", NORTH, new ChildDescription("TOM", " smith", "2019-03-14", ""),
                        REASON))
                .expectExceptionMessage("Refused: [firstName]")
                .expectNoEvents();
    }

    @Test
    void norWhileTheLinkIsActive() {
        fixture.given(requested("l1"), granted("l1", "c1"))
                .when(new RequestLink(PRACTITIONER, "l2", NORTH, tomDescribed(), REASON))
                .expectExceptionMessage("Refused: [firstName]")
                .expectNoEvents();
    }

    @Test
    void butAgainOnceDeclinedOrEnded() {
        fixture.given(requested("l1"), new LinkDeclined(PRACTITIONER, "l1", COORDINATOR, "Not the key worker"))
                .when(new RequestLink(PRACTITIONER, "l2", NORTH, tomDescribed(), REASON))
                .expectEvents(requested("l2"));
        fixture.given(requested("l1"), granted("l1", "c1"), ended("l1", "c1"))
                .when(new RequestLink(PRACTITIONER, "l2", NORTH, tomDescribed(), REASON))
                .expectEvents(requested("l2"));
    }

    @Test
    void aSecondChildCanBeAskedForAlongside() {
        fixture.given(requested("l1"))
                .when(new RequestLink(PRACTITIONER, "l2", NORTH, new ChildDescription("Amy", "Smith", "2021-06-01", "P9"),
                        REASON))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theSameRequestIdCannotBeUsedTwice() {
        fixture.given(requested("l1"), new LinkDeclined(PRACTITIONER, "l1", COORDINATOR, "No"))
                .when(new RequestLink(PRACTITIONER, "l1", NORTH, tomDescribed(), REASON))
                .expectExceptionMessage("Refused: [linkId]")
                .expectNoEvents();
    }

    // ---- granting ----

    @Test
    void theLocalityCoordinatorGrantsAPendingRequestAsKeyWorker() {
        fixture.given(requested("l1"))
                .when(new GrantLink(PRACTITIONER, "l1", "c1", true, COORDINATOR, NORTH))
                .expectEvents(granted("l1", "c1"));
    }

    @Test
    void grantingNeedsTheCoordinatorToConfirmTheKeyWorker() {
        fixture.given(requested("l1"))
                .when(new GrantLink(PRACTITIONER, "l1", "c1", false, COORDINATOR, NORTH))
                .expectExceptionMessage("Refused: [keyWorker]")
                .expectNoEvents();
    }

    @Test
    void anotherLocalitysCoordinatorCannotGrantDeclineOrEnd() {
        fixture.given(requested("l1"))
                .when(new GrantLink(PRACTITIONER, "l1", "c1", true, "south-coordinator", "South"))
                .expectExceptionMessage("Refused: [linkId]")
                .expectNoEvents();
        fixture.given(requested("l1"))
                .when(new DeclineLink(PRACTITIONER, "l1", "No", "south-coordinator", "South"))
                .expectExceptionMessage("Refused: [linkId]")
                .expectNoEvents();
        fixture.given(requested("l1"), granted("l1", "c1"))
                .when(new EndLink(PRACTITIONER, "l1", "south-coordinator", "South"))
                .expectExceptionMessage("Refused: [linkId]")
                .expectNoEvents();
    }

    @Test
    void onlyAPendingRequestCanBeGranted() {
        fixture.given(requested("l1"), granted("l1", "c1"))
                .when(new GrantLink(PRACTITIONER, "l1", "c1", true, COORDINATOR, NORTH))
                .expectExceptionMessage("Refused: [linkId]")
                .expectNoEvents();
        fixture.given(requested("l1"), new LinkDeclined(PRACTITIONER, "l1", COORDINATOR, "No"))
                .when(new GrantLink(PRACTITIONER, "l1", "c1", true, COORDINATOR, NORTH))
                .expectExceptionMessage("Refused: [linkId]")
                .expectNoEvents();
    }

    @Test
    void anUnknownRequestCannotBeGranted() {
        fixture.given(requested("l1"))
                .when(new GrantLink(PRACTITIONER, "l9", "c1", true, COORDINATOR, NORTH))
                .expectExceptionMessage("Refused: [linkId]")
                .expectNoEvents();
    }

    @Test
    void aPractitionerIsNotLinkedTwiceToOneChildRecord() {
        ChildDescription sameChildSpeltDifferently = new ChildDescription("Thomas", "Smith", "2019-03-14", "");
        fixture.given(requested("l1"), granted("l1", "c1"),
                        new LinkRequested(PRACTITIONER, "l2", NORTH, sameChildSpeltDifferently, REASON))
                .when(new GrantLink(PRACTITIONER, "l2", "c1", true, COORDINATOR, NORTH))
                .expectExceptionMessage("Refused: [childId]")
                .expectNoEvents();
    }

    // ---- declining ----

    @Test
    void theCoordinatorDeclinesWithAReason() {
        fixture.given(requested("l1"))
                .when(new DeclineLink(PRACTITIONER, "l1", " Another worker is Tom's key worker ", COORDINATOR, NORTH))
                .expectEvents(new LinkDeclined(PRACTITIONER, "l1", COORDINATOR, "Another worker is Tom's key worker"));
    }

    @Test
    void decliningNeedsAReason() {
        fixture.given(requested("l1"))
                .when(new DeclineLink(PRACTITIONER, "l1", "  ", COORDINATOR, NORTH))
                .expectExceptionMessage("Refused: [reason]")
                .expectNoEvents();
    }

    @Test
    void onlyAPendingRequestCanBeDeclined() {
        fixture.given(requested("l1"), granted("l1", "c1"))
                .when(new DeclineLink(PRACTITIONER, "l1", "Changed my mind", COORDINATOR, NORTH))
                .expectExceptionMessage("Refused: [linkId]")
                .expectNoEvents();
    }

    // ---- ending ----

    @Test
    void theCoordinatorEndsAnActiveLink() {
        fixture.given(requested("l1"), granted("l1", "c1"))
                .when(new EndLink(PRACTITIONER, "l1", COORDINATOR, NORTH))
                .expectEvents(ended("l1", "c1"));
    }

    @Test
    void onlyAnActiveLinkCanEnd() {
        fixture.given(requested("l1"))
                .when(new EndLink(PRACTITIONER, "l1", COORDINATOR, NORTH))
                .expectExceptionMessage("Refused: [linkId]")
                .expectNoEvents();
        fixture.given(requested("l1"), granted("l1", "c1"), ended("l1", "c1"))
                .when(new EndLink(PRACTITIONER, "l1", COORDINATOR, NORTH))
                .expectExceptionMessage("Refused: [linkId]")
                .expectNoEvents();
    }

    @Test
    void anExpiredAccountsActiveLinksAllEndAndNothingElseChanges() {
        fixture.given(requested("l1"), granted("l1", "c1"),
                        new LinkRequested(PRACTITIONER, "l2", NORTH, new ChildDescription("Amy", "Smith", "2021-06-01", ""), REASON),
                        new LinkRequested(PRACTITIONER, "l3", NORTH, new ChildDescription("Ben", "Smith", "2022-06-01", ""), REASON),
                        new LinkGranted(PRACTITIONER, "l3", "c3", LinkRole.KEY_WORKER, COORDINATOR))
                .when(new EndAllLinks(PRACTITIONER, LinkEndReason.ACCOUNT_EXPIRED, null))
                .expectEvents(new LinkEnded(PRACTITIONER, "l1", "c1", LinkEndReason.ACCOUNT_EXPIRED, "system"),
                        new LinkRequestWithdrawn(PRACTITIONER, "l2", WithdrawalReason.ACCOUNT_EXPIRED, "system"),
                        new LinkEnded(PRACTITIONER, "l3", "c3", LinkEndReason.ACCOUNT_EXPIRED, "system"))
                .expectState(state -> assertThat(state.view().holdsAnythingOpen()).isFalse());
    }

    @Test
    void anExpiredAccountsPendingRequestIsWithdrawnSoNoCoordinatorCanGrantItLater() {
        fixture.given(requested("l1"))
                .when(new EndAllLinks(PRACTITIONER, LinkEndReason.ACCOUNT_EXPIRED, "system"))
                .expectEvents(new LinkRequestWithdrawn(PRACTITIONER, "l1", WithdrawalReason.ACCOUNT_EXPIRED, "system"));
        fixture.given(requested("l1"), new LinkRequestWithdrawn(PRACTITIONER, "l1", WithdrawalReason.ACCOUNT_EXPIRED,
                        "system"))
                .when(new GrantLink(PRACTITIONER, "l1", "c1", true, COORDINATOR, NORTH))
                .expectExceptionMessage("Refused: [linkId]")
                .expectNoEvents();
    }

    @Test
    void endingAllLinksWhenNothingIsOpenRecordsNothing() {
        fixture.given(requested("l1"), new LinkDeclined(PRACTITIONER, "l1", COORDINATOR, "No"),
                        new LinkRequested(PRACTITIONER, "l2", NORTH, new ChildDescription("Amy", "Smith", "2021-06-01", ""), REASON),
                        granted("l2", "c2"), ended("l2", "c2"))
                .when(new EndAllLinks(PRACTITIONER, LinkEndReason.ACCOUNT_EXPIRED, "system"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(requested("l1"))
                .when(new EndAllLinks(PRACTITIONER, null, "system"))
                .expectExceptionMessage("Refused: [reason]");
    }

    @Test
    void aCoordinatorEndingEveryLinkClosesWhatIsStillAskedForTooAndSaysWho() {
        fixture.given(requested("l1"))
                .when(new EndAllLinks(PRACTITIONER, LinkEndReason.ENDED_BY_COORDINATOR, COORDINATOR))
                .expectEvents(new LinkRequestWithdrawn(PRACTITIONER, "l1", WithdrawalReason.ENDED_BY_COORDINATOR,
                        COORDINATOR));
    }

    // ---- withdrawing ----

    @Test
    void aPractitionerWithdrawsTheirPendingRequest() {
        fixture.given(requested("l1"))
                .when(new WithdrawLinkRequest(PRACTITIONER, "l1"))
                .expectEvents(new LinkRequestWithdrawn(PRACTITIONER, "l1", WithdrawalReason.WITHDRAWN_BY_PRACTITIONER,
                        PRACTITIONER))
                .expectState(state -> assertThat(state.view().pendingLinkIds()).isEmpty());
    }

    @Test
    void aWithdrawnRequestCanNoLongerBeGrantedOrDeclinedButTheChildCanBeAskedForAgain() {
        LinkRequestWithdrawn withdrawn = new LinkRequestWithdrawn(PRACTITIONER, "l1",
                WithdrawalReason.WITHDRAWN_BY_PRACTITIONER, PRACTITIONER);
        fixture.given(requested("l1"), withdrawn)
                .when(new GrantLink(PRACTITIONER, "l1", "c1", true, COORDINATOR, NORTH))
                .expectExceptionMessage("Refused: [linkId]")
                .expectNoEvents();
        fixture.given(requested("l1"), withdrawn)
                .when(new DeclineLink(PRACTITIONER, "l1", "No", COORDINATOR, NORTH))
                .expectExceptionMessage("Refused: [linkId]")
                .expectNoEvents();
        fixture.given(requested("l1"), withdrawn)
                .when(new RequestLink(PRACTITIONER, "l2", NORTH, tomDescribed(), REASON))
                .expectEvents(requested("l2"));
    }

    @Test
    void onlyAPendingRequestCanBeWithdrawn() {
        fixture.given(requested("l1"), granted("l1", "c1"))
                .when(new WithdrawLinkRequest(PRACTITIONER, "l1"))
                .expectExceptionMessage("Refused: [linkId]")
                .expectNoEvents();
        fixture.given(requested("l1"), new LinkDeclined(PRACTITIONER, "l1", COORDINATOR, "No"))
                .when(new WithdrawLinkRequest(PRACTITIONER, "l1"))
                .expectExceptionMessage("Refused: [linkId]")
                .expectNoEvents();
        fixture.given(requested("l1"), granted("l1", "c1"), ended("l1", "c1"))
                .when(new WithdrawLinkRequest(PRACTITIONER, "l1"))
                .expectExceptionMessage("Refused: [linkId]")
                .expectNoEvents();
        fixture.given(requested("l1"), new LinkRequestWithdrawn(PRACTITIONER, "l1",
                        WithdrawalReason.WITHDRAWN_BY_PRACTITIONER, PRACTITIONER))
                .when(new WithdrawLinkRequest(PRACTITIONER, "l1"))
                .expectExceptionMessage("Refused: [linkId]")
                .expectNoEvents();
    }

    @Test
    void anUnknownRequestCannotBeWithdrawn() {
        fixture.given(requested("l1"))
                .when(new WithdrawLinkRequest(PRACTITIONER, "l9"))
                .expectExceptionMessage("Refused: [linkId]")
                .expectNoEvents();
        fixture.given(requested("l1"))
                .when(new WithdrawLinkRequest(PRACTITIONER, null))
                .expectExceptionMessage("Refused: [linkId]")
                .expectNoEvents();
    }

    @Test
    void aPractitionerWhoNeverAskedHasNothingToWithdraw() {
        // Another practitioner's request lives in that practitioner's aggregate: sent here, it finds nothing.
        fixture.givenNoPriorActivity()
                .when(new WithdrawLinkRequest("someone-else", "l1"))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void theActiveLinksAndPendingRequestsAreWhatAccessAndExpiryAreDecidedOn() {
        fixture.given(requested("l1"), granted("l1", "c1"),
                        new LinkRequested(PRACTITIONER, "l2", NORTH, new ChildDescription("Amy", "Smith", "2021-06-01", ""), REASON),
                        new LinkRequested(PRACTITIONER, "l3", NORTH, new ChildDescription("Ben", "Smith", "2022-06-01", ""), REASON))
                .when(new DeclineLink(PRACTITIONER, "l2", "No", COORDINATOR, NORTH))
                .expectState(state -> assertThat(state.view())
                        .satisfies(view -> {
                            assertThat(view.holdsAnyActiveLink()).isTrue();
                            assertThat(view.linkedTo("c1")).isTrue();
                            assertThat(view.linkedTo("c2")).isFalse();
                            assertThat(view.pendingLinkIds()).containsExactly("l3");
                        }));
    }

    static LinkRequested requested(String linkId) {
        return new LinkRequested(PRACTITIONER, linkId, NORTH, tomDescribed(), REASON);
    }

    static LinkGranted granted(String linkId, String childId) {
        return new LinkGranted(PRACTITIONER, linkId, childId, LinkRole.KEY_WORKER, COORDINATOR);
    }

    static LinkEnded ended(String linkId, String childId) {
        return new LinkEnded(PRACTITIONER, linkId, childId, LinkEndReason.ENDED_BY_COORDINATOR, COORDINATOR);
    }
}
