package uk.earlyhelp.portal.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.earlyhelp.portal.MovableClock;
import uk.earlyhelp.portal.PortalWebTest;

/**
 * Account tests on the shared running portal: each makes its own accounts (fresh addresses), so that nothing it
 * does (a lockout, a changed password) touches the demo accounts other tests sign in with.
 */
abstract class AccountWebTest extends PortalWebTest {

    static final String COORDINATOR = "coordinator@example.org";
    static final String PASSWORD = "tidy-lantern-orbit-meadow";

    @Autowired
    GreenMail devOutboxServer;
    @Autowired
    MovableClock clock;
    @Autowired
    Accounts accounts;
    @Autowired
    AccountHistory history;

    Inbox inbox;

    @BeforeEach
    void inbox() {
        inbox = new Inbox(devOutboxServer);
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    static String newAddress() {
        return "p-" + UUID.randomUUID() + "@example.org";
    }

    /** "Create your account" filled in and posted, as a practitioner of the given locality. */
    static MockHttpServletRequestBuilder createAccount(String email, String locality, String password) {
        return post("/create-account").with(csrf())
                .param("firstName", "Alex").param("lastName", "Jones").param("email", email)
                .param("phone", "01632 960 001").param("jobTitle", "Family support worker")
                .param("organisation", "Hillside Primary School").param("organisationType", "SCHOOL")
                .param("locality", locality).param("password", password);
    }

    /** Asks for an account and confirms its address from the email: it then waits in the coordinator's queue. */
    Account confirmedRequest(String email, String locality) throws Exception {
        mvc.perform(createAccount(email, locality, PASSWORD)).andExpect(redirectedUrl("/create-account/check-email"));
        String link = Inbox.linkPath(inbox.await(email, "Confirm your email address"), "/create-account/confirm/");
        mvc.perform(post(link).with(csrf())).andExpect(redirectedUrl("/create-account/confirmed"));
        inbox.await(email, "waiting for approval");
        return accounts.findByEmail(email).orElseThrow();
    }

    /** A practitioner whose request was confirmed and approved by the demo coordinator (North). */
    Account approvedPractitioner(String email) throws Exception {
        Account requested = confirmedRequest(email, "North");
        mvc.perform(post("/coordinator/requests/" + requested.id() + "/approve").with(csrf()).with(signedInAs(COORDINATOR)))
                .andExpect(status().is3xxRedirection());
        inbox.await(email, "login has been set up");
        return accounts.findByEmail(email).orElseThrow();
    }

    List<AccountChange> changes(Account account) {
        return history.findByAccountIdOrderByHappenedAtAscIdAsc(account.id()).stream().map(AccountHistoryEntry::change).toList();
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }
}
