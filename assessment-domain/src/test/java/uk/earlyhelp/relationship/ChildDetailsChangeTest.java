package uk.earlyhelp.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.earlyhelp.relationship.RelationshipFixtures.COORDINATOR;
import static uk.earlyhelp.relationship.RelationshipFixtures.NORTH;
import static uk.earlyhelp.relationship.RelationshipFixtures.tom;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.relationship.api.*;

/**
 * Changing a child's details: the locality's coordinator replaces them as a whole, by hand or from a CSV row; the same
 * details again record nothing; another locality's coordinator, and details the rules refuse, change nothing.
 */
class ChildDetailsChangeTest {

    private final AggregateTestFixture<Child> fixture = RelationshipFixtures.child();

    @Test
    void theLocalitysCoordinatorChangesTheDetailsAndTheRecordHoldsTheNewOnes() {
        fixture.given(recorded())
                .when(new ChangeChildDetails("c1", moved(), ChildSource.COORDINATOR, "coordinator-account-2", NORTH))
                .expectEvents(new ChildDetailsChanged("c1", moved(), ChildSource.COORDINATOR, "coordinator-account-2"))
                .expectResultMessagePayload(ChildDetailsChangeOutcome.CHANGED)
                .expectState(child -> assertThat(child.record()).isEqualTo(
                        new ChildRecord("c1", NORTH, moved(), ChildSource.COORDINATOR, "", "")));
    }

    @Test
    void aChangeFromACsvRowSaysSo() {
        fixture.given(recorded())
                .when(new ChangeChildDetails("c1", moved(), ChildSource.CSV_IMPORT, COORDINATOR, NORTH))
                .expectEvents(new ChildDetailsChanged("c1", moved(), ChildSource.CSV_IMPORT, COORDINATOR));
    }

    @Test
    void theSameDetailsAgainRecordNothing() {
        ChildDetails t = tom();
        ChildDetails retyped = new ChildDetails(" " + t.firstName() + " ", t.lastName(), t.dateOfBirth(), t.address() + "  ",
                t.phone(), t.email(), t.mosaicPersonReference().toLowerCase(), t.involvedWorkers());
        fixture.given(recorded())
                .when(new ChangeChildDetails("c1", retyped, ChildSource.CSV_IMPORT, COORDINATOR, NORTH))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(ChildDetailsChangeOutcome.UNCHANGED);
    }

    @Test
    void aChangeIsComparedWithTheLatestDetailsNotTheFirst() {
        fixture.given(recorded(), new ChildDetailsChanged("c1", moved(), ChildSource.COORDINATOR, COORDINATOR))
                .when(new ChangeChildDetails("c1", moved(), ChildSource.COORDINATOR, COORDINATOR, NORTH))
                .expectNoEvents()
                .expectResultMessagePayload(ChildDetailsChangeOutcome.UNCHANGED);
        fixture.given(recorded(), new ChildDetailsChanged("c1", moved(), ChildSource.COORDINATOR, COORDINATOR))
                .when(new ChangeChildDetails("c1", tom(), ChildSource.COORDINATOR, COORDINATOR, NORTH))
                .expectEvents(new ChildDetailsChanged("c1", tom(), ChildSource.COORDINATOR, COORDINATOR));
    }

    @Test
    void theReferenceKeepsItsRecordedSpellingWhenOnlyItsCaseDiffers() {
        ChildDetails m = moved();
        ChildDetails lowerCase = new ChildDetails(m.firstName(), m.lastName(), m.dateOfBirth(), m.address(), m.phone(),
                m.email(), "p123456", m.involvedWorkers());
        fixture.given(recorded())
                .when(new ChangeChildDetails("c1", lowerCase, ChildSource.CSV_IMPORT, COORDINATOR, NORTH))
                .expectEvents(new ChildDetailsChanged("c1", moved(), ChildSource.CSV_IMPORT, COORDINATOR));
    }

    @Test
    void anotherLocalitysCoordinatorIsRefusedAndNothingChanges() {
        fixture.given(recorded())
                .when(new ChangeChildDetails("c1", moved(), ChildSource.COORDINATOR, "south-coordinator", "South"))
                .expectException(RelationshipRefusedException.class)
                .expectExceptionMessage("Refused: [childId]")
                .expectNoEvents();
        fixture.given(recorded())
                .when(new ChangeChildDetails("c1", moved(), ChildSource.COORDINATOR, COORDINATOR, null))
                .expectExceptionMessage("Refused: [childId]")
                .expectNoEvents();
    }

    @Test
    void detailsTheRulesRefuseChangeNothingAndSayWhy() {
        ChildDetails wrong = new ChildDetails("", "Smith", "2026-11-27", "", "", "not-an-email", "P123456", "");
        fixture.given(recorded())
                .when(new ChangeChildDetails("c1", wrong, ChildSource.COORDINATOR, COORDINATOR, NORTH))
                .expectException(RelationshipRefusedException.class)
                .expectExceptionMessage("Refused: [firstName, dateOfBirth, email]")
                .expectNoEvents();
        fixture.given(recorded())
                .when(new ChangeChildDetails("c1", null, ChildSource.COORDINATOR, COORDINATOR, NORTH))
                .expectExceptionMessage("Refused: [firstName, lastName, dateOfBirth, mosaicPersonReference]")
                .expectNoEvents();
    }

    @Test
    void theMosaicReferenceCannotBeChangedAddedOrRemoved() {
        ChildDetails m = moved();
        fixture.given(recorded())
                .when(new ChangeChildDetails("c1", new ChildDetails(m.firstName(), m.lastName(), m.dateOfBirth(),
                        m.address(), m.phone(), m.email(), "P999999", m.involvedWorkers()), ChildSource.COORDINATOR,
                        COORDINATOR, NORTH))
                .expectExceptionMessage("Refused: [mosaicPersonReference]")
                .expectNoEvents();
        fixture.given(recorded())
                .when(new ChangeChildDetails("c1", new ChildDetails(m.firstName(), m.lastName(), m.dateOfBirth(),
                        m.address(), m.phone(), m.email(), "", m.involvedWorkers()), ChildSource.COORDINATOR,
                        COORDINATOR, NORTH))
                .expectExceptionMessage("Refused: [mosaicPersonReference]")
                .expectNoEvents();
        fixture.given(new ChildRecorded("c1", NORTH, withoutReference(tom()), ChildSource.COORDINATOR, "", "", COORDINATOR))
                .when(new ChangeChildDetails("c1", moved(), ChildSource.COORDINATOR, COORDINATOR, NORTH))
                .expectExceptionMessage("Refused: [mosaicPersonReference]")
                .expectNoEvents();
    }

    @Test
    void aChangeNeedsItsCoordinatorAndASourceOtherThanAnAssessment() {
        fixture.given(recorded())
                .when(new ChangeChildDetails("c1", moved(), ChildSource.ASSESSMENT_FAMILY_MEMBER, "", NORTH))
                .expectExceptionMessage("Refused: [changedBy, source]")
                .expectNoEvents();
        fixture.given(recorded())
                .when(new ChangeChildDetails("c1", moved(), null, COORDINATOR, NORTH))
                .expectExceptionMessage("Refused: [source]")
                .expectNoEvents();
    }

    @Test
    void aRecordWithoutAReferenceIsChangedWithoutOne() {
        fixture.given(new ChildRecorded("c1", NORTH, withoutReference(tom()), ChildSource.ASSESSMENT_FAMILY_MEMBER,
                        "a-1", "m2", COORDINATOR))
                .when(new ChangeChildDetails("c1", withoutReference(moved()), ChildSource.COORDINATOR, COORDINATOR, NORTH))
                .expectEvents(new ChildDetailsChanged("c1", withoutReference(moved()), ChildSource.COORDINATOR, COORDINATOR))
                .expectState(child -> assertThat(child.record()).isEqualTo(new ChildRecord("c1", NORTH,
                        withoutReference(moved()), ChildSource.ASSESSMENT_FAMILY_MEMBER, "a-1", "m2")));
    }

    private static ChildRecorded recorded() {
        return new ChildRecorded("c1", NORTH, tom(), ChildSource.COORDINATOR, "", "", COORDINATOR);
    }

    /** Tom after the family moved and a new worker became involved. */
    private static ChildDetails moved() {
        ChildDetails t = tom();
        return new ChildDetails(t.firstName(), t.lastName(), t.dateOfBirth(), "4 New Road, Southtown", "01632 960456",
                t.email(), t.mosaicPersonReference(), "Health visitor: A. Jones, 01632 960999\nFamily worker: B. Khan");
    }

    private static ChildDetails withoutReference(ChildDetails d) {
        return new ChildDetails(d.firstName(), d.lastName(), d.dateOfBirth(), d.address(), d.phone(), d.email(), "",
                d.involvedWorkers());
    }
}
