package uk.earlyhelp.relationship;

import static uk.earlyhelp.relationship.RelationshipFixtures.COORDINATOR;
import static uk.earlyhelp.relationship.RelationshipFixtures.NORTH;
import static uk.earlyhelp.relationship.RelationshipFixtures.tom;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.relationship.api.*;

/** Recording a child (by hand, from a family member, from a CSV row) and auditing every opening of the record. */
class ChildTest {

    private final AggregateTestFixture<Child> fixture = RelationshipFixtures.child();

    @Test
    void aCoordinatorRecordsAChildInTheirLocality() {
        fixture.givenNoPriorActivity()
                .when(new RecordChild("c1", NORTH, tom(), ChildSource.COORDINATOR, null, null, COORDINATOR))
                .expectEvents(new ChildRecorded("c1", NORTH, tom(), ChildSource.COORDINATOR, "", "", COORDINATOR));
    }

    @Test
    void spacesAreTrimmedAndMissingOptionalDetailsRecordedAsEmpty() {
        ChildDetails typed = new ChildDetails("  Tom ", "Smith ", "2019-03-14", null, " ", null, null, null);
        fixture.givenNoPriorActivity()
                .when(new RecordChild("c1", NORTH, typed, ChildSource.CSV_IMPORT, null, null, COORDINATOR))
                .expectEvents(new ChildRecorded("c1", NORTH,
                        new ChildDetails("Tom", "Smith", "2019-03-14", "", "", "", "", ""),
                        ChildSource.CSV_IMPORT, "", "", COORDINATOR));
    }

    @Test
    void aRecordFromAFamilyMemberKeepsTheAssessmentAndTheMember() {
        fixture.givenNoPriorActivity()
                .when(new RecordChild("c1", NORTH, tom(), ChildSource.ASSESSMENT_FAMILY_MEMBER, "a-1", "m2", COORDINATOR))
                .expectEvents(new ChildRecorded("c1", NORTH, tom(), ChildSource.ASSESSMENT_FAMILY_MEMBER, "a-1", "m2",
                        COORDINATOR));
    }

    @Test
    void aRecordFromAFamilyMemberMustSayWhichOne() {
        fixture.givenNoPriorActivity()
                .when(new RecordChild("c1", NORTH, tom(), ChildSource.ASSESSMENT_FAMILY_MEMBER, null, "", COORDINATOR))
                .expectException(RelationshipRefusedException.class)
                .expectExceptionMessage("Refused: [assessmentId, familyMemberId]")
                .expectNoEvents();
    }

    @Test
    void namesAndDateOfBirthAreRequired() {
        fixture.givenNoPriorActivity()
                .when(new RecordChild("c1", NORTH, new ChildDetails("", " ", "", "", "", "", "", ""),
                        ChildSource.COORDINATOR, null, null, COORDINATOR))
                .expectException(RelationshipRefusedException.class)
                .expectExceptionMessage("Refused: [firstName, lastName, dateOfBirth]")
                .expectNoEvents();
    }

    @Test
    void aDateOfBirthInTheFutureOrNotARealDateIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordChild("c1", NORTH, withDateOfBirth("2026-11-27"), ChildSource.COORDINATOR, null, null,
                        COORDINATOR))
                .expectExceptionMessage("Refused: [dateOfBirth]")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordChild("c1", NORTH, withDateOfBirth("2019-02-30"), ChildSource.COORDINATOR, null, null,
                        COORDINATOR))
                .expectExceptionMessage("Refused: [dateOfBirth]")
                .expectNoEvents();
    }

    @Test
    void bornTodayIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(new RecordChild("c1", NORTH, withDateOfBirth("2026-11-26"), ChildSource.COORDINATOR, null, null,
                        COORDINATOR))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void tooLongDetailsAMalformedEmailAndAnOddMosaicReferenceAreRefused() {
        ChildDetails details = new ChildDetails("T".repeat(101), "Smith", "2019-03-14", "a".repeat(501), "0".repeat(41),
                "not-an-email", "P 123", "w".repeat(1001));
        fixture.givenNoPriorActivity()
                .when(new RecordChild("c1", NORTH, details, ChildSource.COORDINATOR, null, null, COORDINATOR))
                .expectExceptionMessage("Refused: [firstName, address, phone, mosaicPersonReference, involvedWorkers, email]")
                .expectNoEvents();
    }

    @Test
    void aRecordNeedsASafeIdALocalityASourceAndItsCoordinator() {
        fixture.givenNoPriorActivity()
                .when(new RecordChild("c/1", " ", tom(), null, null, null, ""))
                .expectExceptionMessage("Refused: [childId, locality, recordedBy, source]")
                .expectNoEvents();
    }

    @Test
    void everyOpeningOfTheRecordIsRecorded() {
        fixture.given(recorded())
                .when(new RecordChildView("c1", "practitioner-account-1", ViewerRole.LINKED_PRACTITIONER))
                .expectEvents(new ChildViewed("c1", "practitioner-account-1", ViewerRole.LINKED_PRACTITIONER));
    }

    @Test
    void aViewNeedsTheViewerAndTheirRole() {
        fixture.given(recorded())
                .when(new RecordChildView("c1", null, null))
                .expectExceptionMessage("Refused: [viewerId, viewerRole]")
                .expectNoEvents();
    }

    private static ChildRecorded recorded() {
        return new ChildRecorded("c1", NORTH, tom(), ChildSource.COORDINATOR, "", "", COORDINATOR);
    }

    private static ChildDetails withDateOfBirth(String date) {
        ChildDetails t = tom();
        return new ChildDetails(t.firstName(), t.lastName(), date, t.address(), t.phone(), t.email(),
                t.mosaicPersonReference(), t.involvedWorkers());
    }
}
