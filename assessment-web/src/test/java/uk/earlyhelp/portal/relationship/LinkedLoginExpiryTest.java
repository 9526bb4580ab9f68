package uk.earlyhelp.portal.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.earlyhelp.portal.MovableClock;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountChange;
import uk.earlyhelp.portal.account.AccountHistory;
import uk.earlyhelp.portal.account.AccountHistoryEntry;
import uk.earlyhelp.portal.account.AccountStatus;
import uk.earlyhelp.portal.account.Actors;
import uk.earlyhelp.portal.account.Inbox;
import uk.earlyhelp.portal.account.expiry.LinkedAccountExpiry;
import uk.earlyhelp.portal.security.Role;
import uk.earlyhelp.relationship.api.ChildDetails;
import uk.earlyhelp.relationship.api.LinkEndReason;
import uk.earlyhelp.relationship.api.LinkEnded;
import uk.earlyhelp.relationship.api.LinkGranted;
import uk.earlyhelp.relationship.api.LinkRequestSummary;
import uk.earlyhelp.relationship.api.LinkRequestWithdrawn;
import uk.earlyhelp.relationship.api.LinkStatus;
import uk.earlyhelp.relationship.api.WithdrawalReason;

/**
 * Issue 7, item 5 (DOMAIN.md, Accounts 5): a login holding a link and unused for 90 days expires and its links end; a
 * warning goes 14 days before; its requests still waiting for a coordinator are withdrawn with the links; a login
 * without links never expires this way; the coordinator reactivates it. The real portal (H2, Axon, projections,
 * GreenMail) with its clock moved on, and the sweep called as its schedule would. The sweep covers the whole shared
 * database, so each test asserts on its own accounts only.
 */
class LinkedLoginExpiryTest extends RelationshipWebTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String WARNING = "will expire on";
    private static final String EXPIRED = "Your Early Help Portal login has expired";

    @Autowired
    MovableClock movableClock;
    @Autowired
    LinkedAccountExpiry expiry;
    @Autowired
    AccountHistory history;

    @AfterEach
    void realTimeAgain() {
        movableClock.reset();
    }

    @Test
    void aLinkedLoginIsWarnedOnceFourteenDaysBeforeItWouldExpireAndNotBefore() throws Exception {
        Linked linked = linkedPractitioner();

        after(Duration.ofDays(75));
        expiry.sweep();
        assertThat(changes(linked.account())).doesNotContain(AccountChange.EXPIRY_WARNED);
        assertThat(reload(linked.account()).expiryWarnedAt()).isNull();

        after(Duration.ofDays(76));
        expiry.sweep();
        expiry.sweep();

        String expiresOn = DAY.format(linked.account().lastUsedAt().plus(Duration.ofDays(90)).atZone(clock.getZone()));
        MimeMessage warning = inbox.await(linked.account().email(), WARNING);
        assertThat(Inbox.subject(warning))
                .isEqualTo("Your Early Help Portal login will expire on " + expiresOn + " unless you sign in");
        assertThat(Inbox.text(warning)).contains("/sign-in", "90 days").doesNotContain(linked.child().firstName());
        assertThat(entries(linked.account(), AccountChange.EXPIRY_WARNED)).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo(Actors.SYSTEM));
        assertThat(subjects(linked.account())).filteredOn(s -> s.contains(WARNING)).hasSize(1);
        assertThat(reload(linked.account()).status()).isEqualTo(AccountStatus.APPROVED);
        assertThat(page("/coordinator/accounts/" + linked.account().id(), COORDINATOR)).contains(
                "linked to children, so it expires on " + expiresOn, "Warned by email that the login will expire",
                "Expires on " + expiresOn + " unless used");
    }

    @Test
    void signingInClearsTheWarningAndTheNinetyDaysStartAgain() throws Exception {
        Linked linked = linkedPractitioner();
        after(Duration.ofDays(76));
        expiry.sweep();
        assertThat(reload(linked.account()).expiryWarnedAt()).isNotNull();

        signIn(linked.account()).andExpect(authenticated());
        assertThat(reload(linked.account()).expiryWarnedAt()).isNull();

        after(Duration.ofDays(100));
        expiry.sweep();
        assertThat(reload(linked.account()).status()).isEqualTo(AccountStatus.APPROVED);
        assertThat(entries(linked.account(), AccountChange.EXPIRY_WARNED)).hasSize(1);
        assertThat(status("/children/" + linked.childId(), linked.account().email())).isEqualTo(200);
    }

    @Test
    void unusedForNinetyDaysTheLoginExpiresItsLinksEndAndItsHolderIsToldOnce() throws Exception {
        Linked linked = linkedPractitioner();
        after(Duration.ofDays(76));
        expiry.sweep();
        after(Duration.ofDays(90));
        expiry.sweep();
        expiry.sweep();

        Account account = reload(linked.account());
        assertThat(account.status()).isEqualTo(AccountStatus.EXPIRED);
        assertThat(entries(account, AccountChange.EXPIRED)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(Actors.SYSTEM);
            assertThat(entry.detail()).isEqualTo("Not used for 90 days");
        });
        assertThat(page("/coordinator/accounts/" + account.id(), COORDINATOR))
                .contains("This account has expired", "Expired", "The portal", "Not used for 90 days");
        MimeMessage told = inbox.await(account.email(), EXPIRED);
        assertThat(Inbox.text(told)).contains("Early Help Coordinator for North", "links to children have ended")
                .doesNotContain(linked.child().firstName());
        assertThat(subjects(account)).filteredOn(s -> s.contains(EXPIRED)).hasSize(1);

        // The expired message, and only after the correct password.
        signIn(account).andExpect(unauthenticated()).andExpect(redirectedUrl("/sign-in?expired"));
        assertThat(linkEnds(account)).containsExactly(
                new LinkEnded(account.id(), linked.linkId(), linked.childId(), LinkEndReason.ACCOUNT_EXPIRED, Actors.SYSTEM));
        // It cannot sign in to look; what its pages would be decided on holds no link (the pages, once reactivated:
        // see below).
        assertThat(queries.relationships(account.id()).holdsAnyActiveLink()).isFalse();
        eventually(() -> queries.linkedChildren(account.id()).children().isEmpty(), "the panel's links gone");
    }

    @Test
    void anExpiredLoginsWaitingRequestsAreWithdrawnWithItsLinksSoNoCoordinatorCanGrantThem() throws Exception {
        Linked linked = linkedPractitioner();
        ChildDetails asked = newChild();
        String askedId = recordChild(COORDINATOR, asked);
        LinkRequestSummary waiting = requestLink(linked.account().email(), asked, "I am the school nurse");

        after(Duration.ofDays(76));
        expiry.sweep();
        after(Duration.ofDays(90));
        expiry.sweep();
        expiry.sweep();

        Account account = reload(linked.account());
        assertThat(account.status()).isEqualTo(AccountStatus.EXPIRED);
        assertThat(events(account.id()).stream().filter(LinkRequestWithdrawn.class::isInstance).toList())
                .containsExactly(new LinkRequestWithdrawn(account.id(), waiting.linkId(), WithdrawalReason.ACCOUNT_EXPIRED,
                        Actors.SYSTEM));
        assertThat(queries.relationships(account.id()).holdsAnythingOpen()).isFalse();
        eventually(() -> queries.pendingRequests("North").requests().stream()
                .noneMatch(r -> r.linkId().equals(waiting.linkId())), "the request gone from the coordinator's queue");
        assertThat(page("/coordinator/children/requests", COORDINATOR)).doesNotContain(asked.firstName());
        assertThat(queries.request(waiting.linkId()).orElseThrow())
                .extracting(LinkRequestSummary::status, LinkRequestSummary::outcomeReason)
                .containsExactly(LinkStatus.WITHDRAWN, "ACCOUNT_EXPIRED");
        assertThat(mvc.perform(post("/coordinator/children/requests/" + waiting.linkId() + "/grant").with(csrf())
                .with(signedInAs(COORDINATOR)).param("childId", askedId).param("keyWorker", "yes"))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(events(account.id())).noneMatch(event -> event instanceof LinkGranted granted
                && granted.linkId().equals(waiting.linkId()));
    }

    @Test
    void aCoordinatorCannotGrantAnExpiredLoginsRequestBeforeTheSweepHasWithdrawnIt() throws Exception {
        Account practitioner = account(Role.PRACTITIONER, "North");
        ChildDetails child = newChild();
        String childId = recordChild(COORDINATOR, child);
        LinkRequestSummary waiting = requestLink(practitioner.email(), child, "Family support worker");
        // Expired a moment ago, by a sweep that has not yet come to the links and requests.
        Account expired = reload(practitioner);
        expired.expire();
        accounts.save(expired);
        eventually(() -> queries.childrenOf("North").children().stream().anyMatch(c -> c.childId().equals(childId)),
                "the record in the read model");

        var refused = mvc.perform(post("/coordinator/children/requests/" + waiting.linkId() + "/grant").with(csrf())
                .with(signedInAs(COORDINATOR)).param("childId", childId).param("keyWorker", "yes")).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("govuk-error-summary", "login has expired");
        assertThat(events(practitioner.id())).hasSize(1); // the request only

        // The next sweep withdraws it: this account holds no link, only the request an earlier expiry left waiting.
        LinkedAccountExpiry.Sweep sweep = expiry.sweep();
        assertThat(sweep.linksEnded()).isPositive();
        assertThat(events(practitioner.id())).last().isEqualTo(new LinkRequestWithdrawn(practitioner.id(),
                waiting.linkId(), WithdrawalReason.ACCOUNT_EXPIRED, Actors.SYSTEM));
        eventually(() -> queries.pendingRequests("North").requests().stream()
                .noneMatch(r -> r.linkId().equals(waiting.linkId())), "the request gone from the coordinator's queue");
        expiry.sweep();
        assertThat(events(practitioner.id())).hasSize(2);
    }

    @Test
    void loginsWithoutLinksNeverExpireForDisuse() throws Exception {
        Account unlinked = account(Role.PRACTITIONER, "North");
        Account onlyAsked = account(Role.PRACTITIONER, "North");
        requestLink(onlyAsked.email(), newChild(), "I am the school nurse");

        after(Duration.ofDays(400));
        expiry.sweep();
        expiry.sweep();

        for (Account account : List.of(unlinked, onlyAsked)) {
            assertThat(reload(account).status()).isEqualTo(AccountStatus.APPROVED);
            assertThat(changes(account)).doesNotContain(AccountChange.EXPIRY_WARNED, AccountChange.EXPIRED);
            signIn(account).andExpect(authenticated());
            assertThat(page("/coordinator/accounts/" + account.id(), COORDINATOR)).doesNotContain("expires on");
        }
    }

    @Test
    void aSweepStoppedBetweenTheExpiryAndTheEndOfTheLinksIsFinishedByTheNextOne() throws Exception {
        Linked linked = linkedPractitioner();
        // As a sweep leaves it when the portal stops right after committing the expiry.
        Account stopped = reload(linked.account());
        stopped.expire();
        accounts.save(stopped);
        history.record(stopped, AccountChange.EXPIRED, Actors.SYSTEM, "Not used for 90 days", clock.instant());
        assertThat(queries.relationships(stopped.id()).holdsAnyActiveLink()).isTrue();

        LinkedAccountExpiry.Sweep first = expiry.sweep();
        LinkedAccountExpiry.Sweep again = expiry.sweep();

        assertThat(first.linksEnded()).isPositive();
        assertThat(linkEnds(stopped)).singleElement()
                .satisfies(ended -> assertThat(ended.reason()).isEqualTo(LinkEndReason.ACCOUNT_EXPIRED));
        assertThat(queries.relationships(stopped.id()).holdsAnyActiveLink()).isFalse();
        assertThat(again.failed()).isZero();
        assertThat(entries(stopped, AccountChange.EXPIRED)).hasSize(1);
    }

    @Test
    void twoPortalsSweepingAtOnceWarnOnce() throws Exception {
        Linked linked = linkedPractitioner();
        after(Duration.ofDays(80));

        CompletableFuture<LinkedAccountExpiry.Sweep> one = CompletableFuture.supplyAsync(expiry::sweep);
        CompletableFuture<LinkedAccountExpiry.Sweep> other = CompletableFuture.supplyAsync(expiry::sweep);
        CompletableFuture.allOf(one, other).join();

        assertThat(entries(linked.account(), AccountChange.EXPIRY_WARNED)).hasSize(1);
        inbox.await(linked.account().email(), WARNING);
        assertThat(subjects(linked.account())).filteredOn(s -> s.contains(WARNING)).hasSize(1);
    }

    @Test
    void aReactivatedLoginSignsInAgainIsNotExpiredByTheNextSweepAndItsLinksStayEnded() throws Exception {
        Linked linked = linkedPractitioner();
        after(Duration.ofDays(76));
        expiry.sweep();
        after(Duration.ofDays(90));
        expiry.sweep();
        assertThat(reload(linked.account()).status()).isEqualTo(AccountStatus.EXPIRED);

        assertThat(mvc.perform(post("/coordinator/accounts/" + linked.account().id() + "/reactivate").with(csrf())
                .with(signedInAs(COORDINATOR))).andReturn().getResponse().getStatus()).isEqualTo(302);
        expiry.sweep();
        after(Duration.ofDays(90 + 76));
        expiry.sweep();

        Account account = reload(linked.account());
        assertThat(account.status()).isEqualTo(AccountStatus.APPROVED);
        assertThat(changes(account)).endsWith(AccountChange.EXPIRED, AccountChange.REACTIVATED);
        signIn(account).andExpect(authenticated());
        // Its links ended for good: the child's page is not found, and the panel lists nobody; they must ask again.
        assertThat(status("/children/" + linked.childId(), account.email())).isEqualTo(404);
        eventually(() -> queries.linkedChildren(account.id()).children().isEmpty(), "no links after reactivation");
        assertThat(page("/", account.email())).doesNotContain(linked.child().firstName());
    }

    /** A new practitioner linked to a new child, once the linked-children read model (the sweep's list) has it. */
    private Linked linkedPractitioner() throws Exception {
        Account practitioner = account(Role.PRACTITIONER, "North");
        ChildDetails child = newChild();
        String childId = linked(practitioner.email(), child);
        String linkId = eventually(() -> queries.linkedChildren(practitioner.id()).children().stream().findFirst()
                .orElse(null), "the link in the linked-children read model").linkId();
        return new Linked(reload(practitioner), child, childId, linkId);
    }

    private record Linked(Account account, ChildDetails child, String childId, String linkId) {
    }

    /** The clock this long after now (from real time: each call replaces the last). */
    private void after(Duration sinceNow) {
        movableClock.reset();
        movableClock.advance(sinceNow);
    }

    private org.springframework.test.web.servlet.ResultActions signIn(Account account) throws Exception {
        return mvc.perform(formLogin("/sign-in").userParameter("email").user(account.email()).password(DEMO_PASSWORD));
    }

    private Account reload(Account account) {
        return accounts.findById(account.id()).orElseThrow();
    }

    private List<AccountChange> changes(Account account) {
        return history.findByAccountIdOrderByHappenedAtAscIdAsc(account.id()).stream().map(AccountHistoryEntry::change)
                .toList();
    }

    private List<AccountHistoryEntry> entries(Account account, AccountChange change) {
        return history.findByAccountIdOrderByHappenedAtAscIdAsc(account.id()).stream()
                .filter(entry -> entry.change() == change).toList();
    }

    private List<String> subjects(Account account) {
        return inbox.to(account.email()).stream().map(Inbox::subject).toList();
    }

    private List<LinkEnded> linkEnds(Account account) {
        return events(account.id()).stream().filter(LinkEnded.class::isInstance).map(LinkEnded.class::cast).toList();
    }
}
