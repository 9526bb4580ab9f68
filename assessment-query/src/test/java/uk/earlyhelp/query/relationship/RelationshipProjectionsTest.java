package uk.earlyhelp.query.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.relationship.api.*;

/** The four relationship projections on the real schema, events handed in directly: no Spring, no processor. */
class RelationshipProjectionsTest {

    static final Instant MONDAY = Instant.parse("2026-01-05T09:00:00Z");
    static final ChildDetails TOM = new ChildDetails("Tom", "Smith", "2019-03-14", "1 High Street", "01632 960123",
            "mary@example.org", "P123", "Health visitor");
    static final ChildDetails AMY = new ChildDetails("amy", "Adams", "2020-01-01", "", "", "", "", "");
    static final ChildDescription TOM_DESCRIBED = new ChildDescription("Tom", "Smith", "2019-03-14", "");

    final RelationshipDatabase database = new RelationshipDatabase();

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aLocalitysChildrenAreListedByNameAndNoOtherLocalitys() {
        database.inTransaction(em -> {
            ChildRecordsProjection children = new ChildRecordsProjection(em);
            children.on(recorded("c1", "North", TOM), MONDAY);
            children.on(recorded("c2", "North", AMY), MONDAY);
            children.on(recorded("c3", "South", TOM), MONDAY);
            children.on(recorded("c1", "North", TOM), MONDAY); // seen twice: still one row
        });

        ChildRecordList north = database.query(em -> new ChildRecordsProjection(em).handle(new FindChildRecords("North")));
        assertThat(north.children()).extracting(ChildRecordSummary::childId).containsExactly("c2", "c1");
        assertThat(north.children().get(1)).isEqualTo(new ChildRecordSummary("c1", "Tom", "Smith", "2019-03-14", "P123",
                ChildSource.COORDINATOR, MONDAY));
    }

    @Test
    void everyViewIsKeptInOrderAndAViewSeenTwiceOnce() {
        database.inTransaction(em -> {
            ChildViewHistoryProjection views = new ChildViewHistoryProjection(em);
            views.on(new ChildViewed("c1", "p1", ViewerRole.LINKED_PRACTITIONER), 1, MONDAY);
            views.on(new ChildViewed("c1", "k1", ViewerRole.COORDINATOR), 2, MONDAY.plusSeconds(60));
            views.on(new ChildViewed("c1", "k1", ViewerRole.COORDINATOR), 2, MONDAY.plusSeconds(60));
            views.on(new ChildViewed("c2", "p1", ViewerRole.LINKED_PRACTITIONER), 1, MONDAY);
        });

        assertThat(database.query(em -> new ChildViewHistoryProjection(em).handle(new FindChildViews("c1"))).views())
                .containsExactly(new ChildViewHistory.Entry("p1", ViewerRole.LINKED_PRACTITIONER, MONDAY),
                        new ChildViewHistory.Entry("k1", ViewerRole.COORDINATOR, MONDAY.plusSeconds(60)));
    }

    @Test
    void aRequestWaitsInItsLocalitysQueueUntilDecided() {
        database.inTransaction(em -> {
            LinkRequestsProjection requests = new LinkRequestsProjection(em);
            requests.on(new LinkRequested("p1", "l1", "North", TOM_DESCRIBED, "Key worker"), MONDAY);
            requests.on(new LinkRequested("p2", "l2", "North", TOM_DESCRIBED, "Key worker"), MONDAY.plusSeconds(1));
            requests.on(new LinkRequested("p3", "l3", "South", TOM_DESCRIBED, "Key worker"), MONDAY);
        });
        assertThat(pending("North")).containsExactly("l1", "l2");

        database.inTransaction(em -> {
            LinkRequestsProjection requests = new LinkRequestsProjection(em);
            requests.on(new LinkGranted("p1", "l1", "c1", LinkRole.KEY_WORKER, "k1"), MONDAY.plusSeconds(5));
            requests.on(new LinkDeclined("p2", "l2", "k1", "Not the key worker"), MONDAY.plusSeconds(6));
        });
        assertThat(pending("North")).isEmpty();
        LinkRequestSummary declined = database.query(em -> new LinkRequestsProjection(em).handle(new FindLinkRequest("l2")))
                .orElseThrow();
        assertThat(declined.status()).isEqualTo(LinkStatus.DECLINED);
        assertThat(declined.outcomeReason()).isEqualTo("Not the key worker");
        assertThat(database.query(em -> new LinkRequestsProjection(em).handle(new FindActiveLinksToChild("c1")))
                .requests()).extracting(LinkRequestSummary::practitionerId).containsExactly("p1");

        database.inTransaction(em -> new LinkRequestsProjection(em).on(
                new LinkEnded("p1", "l1", "c1", LinkEndReason.ENDED_BY_COORDINATOR, "k1")));
        assertThat(database.query(em -> new LinkRequestsProjection(em).handle(new FindActiveLinksToChild("c1")))
                .requests()).isEmpty();
        assertThat(database.query(em -> new LinkRequestsProjection(em).handle(new FindLinkRequest("l1"))).orElseThrow())
                .extracting(LinkRequestSummary::status, LinkRequestSummary::outcomeReason)
                .containsExactly(LinkStatus.ENDED, "ENDED_BY_COORDINATOR");
    }

    @Test
    void aWithdrawnRequestLeavesTheQueueWithWhoWithdrewItWhenAndWhy() {
        database.inTransaction(em -> {
            LinkRequestsProjection requests = new LinkRequestsProjection(em);
            requests.on(new LinkRequested("p1", "l1", "North", TOM_DESCRIBED, "Key worker"), MONDAY);
            requests.on(new LinkRequested("p2", "l2", "North", TOM_DESCRIBED, "Key worker"), MONDAY);
            requests.on(new LinkRequestWithdrawn("p1", "l1", WithdrawalReason.WITHDRAWN_BY_PRACTITIONER, "p1"),
                    MONDAY.plusSeconds(9));
            requests.on(new LinkRequestWithdrawn("p2", "l2", WithdrawalReason.ACCOUNT_EXPIRED, "system"),
                    MONDAY.plusSeconds(10));
        });

        assertThat(pending("North")).isEmpty();
        assertThat(database.query(em -> new LinkRequestsProjection(em).handle(new FindLinkRequest("l2"))).orElseThrow())
                .extracting(LinkRequestSummary::status, LinkRequestSummary::decidedBy, LinkRequestSummary::decidedAt,
                        LinkRequestSummary::outcomeReason)
                .containsExactly(LinkStatus.WITHDRAWN, "system", MONDAY.plusSeconds(10), "ACCOUNT_EXPIRED");
    }

    @Test
    void aPractitionerIsShownTheirOwnWaitingRequestsThenThoseDeclinedSinceTheCutOffAndNobodyElses() {
        database.inTransaction(em -> {
            LinkRequestsProjection requests = new LinkRequestsProjection(em);
            requests.on(new LinkRequested("p1", "waiting-2", "North", TOM_DESCRIBED, "r"), MONDAY.plusSeconds(2));
            requests.on(new LinkRequested("p1", "waiting-1", "North", TOM_DESCRIBED, "r"), MONDAY.plusSeconds(1));
            requests.on(new LinkRequested("p1", "declined-long-ago", "North", TOM_DESCRIBED, "r"), MONDAY);
            requests.on(new LinkDeclined("p1", "declined-long-ago", "k1", "Old"), MONDAY.plusSeconds(3));
            requests.on(new LinkRequested("p1", "declined-early", "North", TOM_DESCRIBED, "r"), MONDAY);
            requests.on(new LinkDeclined("p1", "declined-early", "k1", "Not the key worker"), MONDAY.plus(Duration.ofDays(10)));
            requests.on(new LinkRequested("p1", "declined-late", "North", TOM_DESCRIBED, "r"), MONDAY);
            requests.on(new LinkDeclined("p1", "declined-late", "k1", "Ask the school"), MONDAY.plus(Duration.ofDays(20)));
            requests.on(new LinkRequested("p1", "granted", "North", TOM_DESCRIBED, "r"), MONDAY);
            requests.on(new LinkGranted("p1", "granted", "c1", LinkRole.KEY_WORKER, "k1"), MONDAY.plusSeconds(4));
            requests.on(new LinkRequested("p1", "withdrawn", "North", TOM_DESCRIBED, "r"), MONDAY);
            requests.on(new LinkRequestWithdrawn("p1", "withdrawn", WithdrawalReason.WITHDRAWN_BY_PRACTITIONER, "p1"),
                    MONDAY.plusSeconds(5));
            requests.on(new LinkRequested("p2", "someone-elses", "North", TOM_DESCRIBED, "r"), MONDAY);
            requests.on(new LinkRequested("p2", "someone-elses-declined", "North", TOM_DESCRIBED, "r"), MONDAY);
            requests.on(new LinkDeclined("p2", "someone-elses-declined", "k1", "No"), MONDAY.plus(Duration.ofDays(20)));
        });

        List<LinkRequestSummary> mine = database.query(em -> new LinkRequestsProjection(em)
                .handle(new FindMyLinkRequests("p1", MONDAY.plus(Duration.ofDays(1))))).requests();
        assertThat(mine).extracting(LinkRequestSummary::linkId)
                .containsExactly("waiting-1", "waiting-2", "declined-late", "declined-early");
        assertThat(mine.get(2).outcomeReason()).isEqualTo("Ask the school");
        assertThat(database.query(em -> new LinkRequestsProjection(em)
                .handle(new FindMyLinkRequests("p3", MONDAY))).requests()).isEmpty();
    }

    @Test
    void candidatesForARequestAreThoseBornOnTheGivenDayFirstThenByNameAndNoMoreThanAsked() {
        database.inTransaction(em -> {
            ChildRecordsProjection children = new ChildRecordsProjection(em);
            children.on(recorded("c1", "North", child("Amy", "Adams", "2020-01-01")), MONDAY);
            children.on(recorded("c2", "North", child("Zoe", "Young", "2019-03-14")), MONDAY);
            children.on(recorded("c3", "North", child("Ben", "Brown", "2018-05-05")), MONDAY);
            children.on(recorded("c4", "North", child("Tom", "Smith", "2019-03-14")), MONDAY);
            children.on(recorded("c5", "South", child("Tom", "Smith", "2019-03-14")), MONDAY);
        });

        assertThat(candidates("", "", 10)).containsExactly("c4", "c2", "c1", "c3");
        assertThat(candidates("", "", 3)).containsExactly("c4", "c2", "c1");
    }

    @Test
    void candidatesAreSearchedByAnyPartOfTheNameInAnyCaseOrByDateOfBirth() {
        database.inTransaction(em -> {
            ChildRecordsProjection children = new ChildRecordsProjection(em);
            children.on(recorded("c1", "North", child("Amy", "Adams", "2020-01-01")), MONDAY);
            children.on(recorded("c2", "North", child("Siân", "O'Brien", "2019-03-14")), MONDAY);
            children.on(recorded("c3", "North", child("Thomas", "Smith", "2018-05-05")), MONDAY);
            children.on(recorded("c4", "North", child("Tom", "Smithson", "2019-03-14")), MONDAY);
            children.on(recorded("c5", "North", child("Tom_", "100%", "2019-03-14")), MONDAY);
            children.on(recorded("c6", "South", child("Tom", "Smith", "2019-03-14")), MONDAY);
        });

        assertThat(candidates("SMITH", "", 10)).containsExactly("c4", "c3");
        assertThat(candidates("tom smi", "", 10)).containsExactly("c4");
        assertThat(candidates("o'b", "", 10)).containsExactly("c2");
        assertThat(candidates("SIÂN", "", 10)).containsExactly("c2");
        assertThat(candidates("%", "", 10)).containsExactly("c5");
        assertThat(candidates("m_", "", 10)).containsExactly("c5");
        assertThat(candidates("", "2018-05-05", 10)).containsExactly("c3");
        assertThat(candidates("thom", "2018-05-05", 10)).containsExactly("c3");
        assertThat(candidates("tom", "2018-05-05", 10)).isEmpty();
        assertThat(candidates("nobody", "", 10)).isEmpty();
    }

    @Test
    void aLinkedChildShowsItsBasicDetailsUntilTheLinkEnds() {
        database.inTransaction(em -> {
            new ChildRecordsProjection(em).on(recorded("c1", "North", TOM), MONDAY);
            new ChildRecordsProjection(em).on(recorded("c2", "North", AMY), MONDAY);
            LinkedChildrenProjection linked = new LinkedChildrenProjection(em);
            linked.on(new LinkGranted("p1", "l1", "c1", LinkRole.KEY_WORKER, "k1"), MONDAY);
            linked.on(new LinkGranted("p1", "l2", "c2", LinkRole.KEY_WORKER, "k1"), MONDAY);
            linked.on(new LinkGranted("p2", "l3", "c1", LinkRole.KEY_WORKER, "k1"), MONDAY);
        });
        assertThat(linkedTo("p1").children()).extracting(LinkedChildren.LinkedChild::childId).containsExactly("c2", "c1");
        assertThat(linkedTo("p1").children().get(1)).isEqualTo(new LinkedChildren.LinkedChild("c1", "l1", TOM, MONDAY));

        database.inTransaction(em -> new LinkedChildrenProjection(em).on(
                new LinkEnded("p1", "l1", "c1", LinkEndReason.ACCOUNT_EXPIRED, "system")));
        assertThat(linkedTo("p1").children()).extracting(LinkedChildren.LinkedChild::childId).containsExactly("c2");
        assertThat(linkedTo("p2").children()).extracting(LinkedChildren.LinkedChild::childId).containsExactly("c1");
    }

    @Test
    void aChangeShowsInTheListAndTheLinkedChildAndIsKeptInTheHistoryByTheNamesOfWhatChanged() {
        ChildDetails moved = new ChildDetails("Tom", "Smith", "2019-03-14", "4 New Road", "01632 960456",
                "mary@example.org", "P123", "Health visitor");
        ChildDetails renamed = new ChildDetails("Thomas", "Smith", "2019-03-14", "4 New Road", "01632 960456",
                "mary@example.org", "P123", "Health visitor\nFamily worker");
        database.inTransaction(em -> {
            ChildRecordsProjection children = new ChildRecordsProjection(em);
            children.on(recorded("c1", "North", TOM), MONDAY);
            new LinkedChildrenProjection(em).on(new LinkGranted("p1", "l1", "c1", LinkRole.KEY_WORKER, "k1"), MONDAY);
            children.on(new ChildDetailsChanged("c1", moved, ChildSource.COORDINATOR, "k2"), 3, MONDAY.plusSeconds(60));
        });
        database.inTransaction(em -> {
            ChildRecordsProjection children = new ChildRecordsProjection(em);
            ChildDetailsChanged again = new ChildDetailsChanged("c1", renamed, ChildSource.CSV_IMPORT, "k1");
            children.on(again, 5, MONDAY.plusSeconds(120));
            children.on(again, 5, MONDAY.plusSeconds(120)); // seen twice: one entry, still naming what changed
        });

        assertThat(database.query(em -> new ChildRecordsProjection(em).handle(new FindChildRecords("North"))).children())
                .containsExactly(new ChildRecordSummary("c1", "Thomas", "Smith", "2019-03-14", "P123",
                        ChildSource.COORDINATOR, MONDAY));
        assertThat(linkedTo("p1").children()).containsExactly(new LinkedChildren.LinkedChild("c1", "l1", renamed, MONDAY));
        assertThat(database.query(em -> new ChildRecordsProjection(em).handle(new FindChildDetailChanges("c1"))).changes())
                .containsExactly(
                        new ChildDetailChanges.Entry("k2", ChildSource.COORDINATOR, java.util.List.of("address", "phone"),
                                MONDAY.plusSeconds(60)),
                        new ChildDetailChanges.Entry("k1", ChildSource.CSV_IMPORT,
                                java.util.List.of("firstName", "involvedWorkers"), MONDAY.plusSeconds(120)));
        assertThat(database.query(em -> new ChildRecordsProjection(em).handle(new FindChildDetailChanges("c2"))).changes())
                .isEmpty();
    }

    @Test
    void aResetEmptiesEveryTableForTheReplay() {
        database.inTransaction(em -> {
            new ChildRecordsProjection(em).on(recorded("c1", "North", TOM), MONDAY);
            new ChildRecordsProjection(em).on(new ChildDetailsChanged("c1", AMY, ChildSource.COORDINATOR, "k1"), 1, MONDAY);
            new ChildViewHistoryProjection(em).on(new ChildViewed("c1", "p1", ViewerRole.LINKED_PRACTITIONER), 1, MONDAY);
            new LinkRequestsProjection(em).on(new LinkRequested("p1", "l1", "North", TOM_DESCRIBED, "Key worker"), MONDAY);
            new LinkedChildrenProjection(em).on(new LinkGranted("p1", "l1", "c1", LinkRole.KEY_WORKER, "k1"), MONDAY);
        });
        database.inTransaction(em -> {
            new ChildRecordsProjection(em).onReset();
            new ChildViewHistoryProjection(em).onReset();
            new LinkRequestsProjection(em).onReset();
            new LinkedChildrenProjection(em).onReset();
        });

        assertThat((Object) database.query(em -> em.createNativeQuery("select (select count(*) from child_record)"
                + " + (select count(*) from child_detail_change) + (select count(*) from child_view) + (select count(*) from link_request)"
                + " + (select count(*) from linked_child)").getSingleResult())).hasToString("0");
    }

    private List<String> pending(String locality) {
        return database.query(em -> new LinkRequestsProjection(em).handle(new FindPendingLinkRequests(locality)))
                .requests().stream().map(LinkRequestSummary::linkId).toList();
    }

    private List<String> candidates(String namePart, String dateOfBirth, int limit) {
        return database.query(em -> new ChildRecordsProjection(em).handle(
                        new FindChildRecordCandidates("North", namePart, dateOfBirth, "2019-03-14", limit)))
                .children().stream().map(ChildRecordSummary::childId).toList();
    }

    private static ChildDetails child(String firstName, String lastName, String dateOfBirth) {
        return new ChildDetails(firstName, lastName, dateOfBirth, "", "", "", "", "");
    }

    private LinkedChildren linkedTo(String practitionerId) {
        return database.query(em -> new LinkedChildrenProjection(em).handle(new FindLinkedChildren(practitionerId)));
    }

    private static ChildRecorded recorded(String childId, String locality, ChildDetails details) {
        return new ChildRecorded(childId, locality, details, ChildSource.COORDINATOR, "", "", "k1");
    }
}
