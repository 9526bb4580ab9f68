package uk.earlyhelp.portal.account.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.earlyhelp.portal.EmbeddedPostgresDatabase;
import uk.earlyhelp.portal.MovableClock;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountChange;
import uk.earlyhelp.portal.account.AccountHistory;
import uk.earlyhelp.portal.account.AccountHistoryEntry;
import uk.earlyhelp.portal.account.AccountStatus;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.Actors;
import uk.earlyhelp.portal.account.Inbox;
import uk.earlyhelp.portal.security.HttpBrowser;
import uk.earlyhelp.portal.security.Role;

/**
 * A production portal's first day, over real HTTP on the {@code postgres} profile (embedded PostgreSQL, email to a
 * GreenMail server standing in for the council's): no demo account, the configured first administrator invited by
 * email at start-up, once; their password set from the link; and the session cookie they then get is Secure, HttpOnly
 * and SameSite, with a new id at sign-in. The steps build on each other, hence the order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@Import(MovableClock.InTests.class)
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstAdministratorInProductionTest {

    private static final String FIRST_ADMIN = "head.of.early.help@council.example";
    private static final String PASSWORD = "harbour-lantern-thistle-204";

    @RegisterExtension
    static final GreenMailExtension COUNCIL_SMTP = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void production(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.useFreshDatabase(registry);
        registry.add("EHP_SMTP_HOST", () -> "127.0.0.1");
        registry.add("EHP_SMTP_PORT", () -> COUNCIL_SMTP.getSmtp().getPort());
        registry.add("EHP_SMTP_STARTTLS", () -> "false");
        registry.add("EHP_FIRST_ADMIN_EMAIL", () -> FIRST_ADMIN);
        registry.add("EHP_FIRST_ADMIN_FIRST_NAME", () -> "Jo");
        registry.add("EHP_FIRST_ADMIN_LAST_NAME", () -> "Mensah");
    }

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    AccountHistory history;
    @Autowired
    FirstAdministrator firstAdministrator;
    @Autowired
    MovableClock clock;

    private final Inbox inbox = new Inbox(COUNCIL_SMTP);

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    @Order(1)
    void atStartTheConfiguredPersonIsInvitedOnceWithoutTheAddressOrLinkInTheLog(CapturedOutput log) {
        Account invited = accounts.findByEmail(FIRST_ADMIN).orElseThrow();
        assertThat(accounts.findAll()).as("the only account: no demo accounts in production").extracting(Account::email)
                .containsExactly(FIRST_ADMIN);
        assertThat(invited.role()).isEqualTo(Role.ADMIN);
        assertThat(invited.status()).isEqualTo(AccountStatus.INVITED);
        assertThat(history.findByAccountIdOrderByHappenedAtAscIdAsc(invited.id()))
                .extracting(AccountHistoryEntry::change, AccountHistoryEntry::actor)
                .containsExactly(Tuple.tuple(AccountChange.INVITED, Actors.SYSTEM));
        String link = Inbox.linkPath(inbox.await(FIRST_ADMIN, "Set your password"), "/set-password/");
        assertThat(Inbox.text(inbox.to(FIRST_ADMIN).get(0))).contains("https://portal.test/set-password/",
                "as Administrator", "for 24 hours");

        assertThat(firstAdministrator.ensure()).as("a restart while the link works")
                .isEqualTo(FirstAdministrator.Outcome.LINK_STILL_WORKS);
        assertThat(inbox.to(FIRST_ADMIN)).hasSize(1);
        assertThat(log.getAll()).contains("First administrator account created")
                .doesNotContain(FIRST_ADMIN, link.substring(link.lastIndexOf('/') + 1));
    }

    @Test
    @Order(2)
    void aRestartAfterTheLinkExpiredUnusedEmailsANewOne() throws Exception {
        String first = Inbox.linkPath(inbox.await(FIRST_ADMIN, 1).get(0), "/set-password/");
        clock.advance(Duration.ofHours(25));

        assertThat(firstAdministrator.ensure()).isEqualTo(FirstAdministrator.Outcome.LINK_RENEWED);

        String second = Inbox.linkPath(inbox.await(FIRST_ADMIN, 2).get(1), "/set-password/");
        assertThat(second).isNotEqualTo(first);
        clock.reset();
        assertThat(new HttpBrowser(port).get(first).body()).contains("This link does not work");
        Account invited = accounts.findByEmail(FIRST_ADMIN).orElseThrow();
        assertThat(history.findByAccountIdOrderByHappenedAtAscIdAsc(invited.id())).extracting(AccountHistoryEntry::change)
                .containsExactly(AccountChange.INVITED, AccountChange.INVITATION_RENEWED);
    }

    @Test
    @Order(3)
    void theFirstAdministratorSetsAPasswordAndSignsInWithASecureHttpOnlySameSiteCookieUnderANewSessionId() throws Exception {
        String link = Inbox.linkPath(inbox.await(FIRST_ADMIN, 2).get(1), "/set-password/");
        HttpBrowser browser = new HttpBrowser(port);
        String setPage = browser.get(link).body();
        HttpResponse<String> set = browser.postForm(link, "password", PASSWORD, "_csrf", HttpBrowser.csrfToken(setPage));
        assertThat(set.headers().firstValue("Location").orElseThrow()).endsWith("/set-password/done");

        HttpBrowser signingIn = new HttpBrowser(port);
        HttpResponse<String> signInPage = signingIn.get("/sign-in");
        String before = signingIn.sessionCookie;
        assertThat(HttpBrowser.setCookie(signInPage, "JSESSIONID").orElseThrow()).satisfies(HttpOnlySecureSameSite::check);
        HttpResponse<String> signedIn = signingIn.signIn(FIRST_ADMIN, PASSWORD);
        // A new administrator: signed in once their authenticator app is enrolled (ADR 0022), shown their recovery codes.
        assertThat(signedIn.body()).contains("Your recovery codes");
        String cookie = HttpBrowser.setCookie(signedIn, "JSESSIONID").orElseThrow();
        assertThat(cookie).satisfies(HttpOnlySecureSameSite::check);
        assertThat(signingIn.sessionCookie).as("a new session id at sign-in").isNotEqualTo(before);

        HttpResponse<String> staff = signingIn.get("/admin/accounts");
        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.body()).contains(FIRST_ADMIN, "Administrator", "Active");
        HttpBrowser fixated = new HttpBrowser(port);
        fixated.sessionCookie = before;
        assertThat(fixated.get("/admin/accounts").headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");

        assertThat(firstAdministrator.ensure()).isEqualTo(FirstAdministrator.Outcome.ADMINISTRATOR_EXISTS);
        assertThat(inbox.to(FIRST_ADMIN)).hasSize(2);
    }

    /** The attributes a production session cookie must carry. */
    private static final class HttpOnlySecureSameSite {
        static void check(String setCookie) {
            assertThat(setCookie).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly")
                    .containsIgnoringCase("; SameSite=Lax");
        }
    }
}
