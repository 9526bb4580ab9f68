package uk.earlyhelp.portal.account.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import uk.earlyhelp.portal.MovableClock;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountChange;
import uk.earlyhelp.portal.account.AccountDetails;
import uk.earlyhelp.portal.account.AccountHistory;
import uk.earlyhelp.portal.account.AccountHistoryEntry;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.Inbox;
import uk.earlyhelp.portal.account.OrganisationType;
import uk.earlyhelp.portal.security.Role;

/**
 * A council that requires a second factor of practitioners but allows an emailed one-time code instead of an app
 * ({@code TOTP_OR_EMAIL}, ADR 0033): the code arrives by email (the real SMTP outbox, GreenMail), works once, expires,
 * and wrong codes are throttled and locked as passwords are. The browser becomes trusted only after the code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.second-factor.practitioners=TOTP_OR_EMAIL")
class EmailedCodeSignInTest extends PortalWebTest {

    private static final String PASSWORD = "quiet-harbour-lantern-27";
    private static final String SUBJECT = "security code";
    private static final Pattern CODE = Pattern.compile("\\n(\\d{6})\\n");
    private static final String TRUSTED_BROWSER = "EHP_TRUSTED_DEVICE";

    @Autowired
    private GreenMail devOutboxServer;
    @Autowired
    private Accounts accounts;
    @Autowired
    private AccountHistory history;
    @Autowired
    private PasswordEncoder encoder;
    @Autowired
    private Clock clock;
    @Autowired
    private MovableClock movableClock;

    private Inbox inbox;

    @BeforeEach
    void inbox() {
        inbox = new Inbox(devOutboxServer);
    }

    @AfterEach
    void realTime() {
        movableClock.reset();
    }

    @Test
    void aPractitionerWithNoAppSignsInWithTheEmailedCodeAndOnlyThenIsTheBrowserTrusted() throws Exception {
        String email = practitioner();
        MvcResult passwordStep = password(email);
        assertThat(passwordStep.getResponse().getCookie(TRUSTED_BROWSER)).as("trusted after the password alone").isNull();
        MockHttpSession session = (MockHttpSession) passwordStep.getRequest().getSession();
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/sign-in/code"));
        assertThat(page(session)).contains("We have emailed a 6-digit security code").contains("Send a new code");

        String text = Inbox.text(inbox.await(email, SUBJECT));
        assertThat(text).doesNotContain("Robin", "Okafor", PASSWORD);
        MvcResult codeStep = code(session, codeIn(text)).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(codeStep.getResponse().getCookie(TRUSTED_BROWSER)).as("trusted after the second step").isNotNull();
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
    }

    @Test
    void wrongReplayedAndExpiredCodesAreRefusedAndANewCodeWorks() throws Exception {
        String email = practitioner();
        MockHttpSession first = session(password(email));
        String used = codeIn(Inbox.text(inbox.await(email, 1).get(0)));
        code(first, used).andExpect(status().is3xxRedirection());

        MockHttpSession second = session(password(email));
        String current = codeIn(Inbox.text(inbox.await(email, 2).get(1)));
        assertThat(refused(second, used)).contains("This code has already been used");
        assertThat(refused(second, otherThan(current))).contains("Enter the code from the newest email");
        assertThat(refused(second, "")).contains("Enter the 6-digit code from the email");

        movableClock.advance(Duration.ofMinutes(11)); // past the 10 minutes a code works, and any throttle delay
        assertThat(refused(second, current)).contains("This code has expired");
        mvc.perform(get("/").session(second)).andExpect(redirectedUrl("/sign-in/code"));

        movableClock.advance(Duration.ofMinutes(1));
        mvc.perform(post("/sign-in/code/new").session(second).with(csrf())).andExpect(redirectedUrl("/sign-in/code"));
        String fresh = codeIn(Inbox.text(inbox.await(email, 3).get(2)));
        code(second, fresh).andExpect(status().is3xxRedirection());
        mvc.perform(get("/").session(second)).andExpect(status().isOk());
    }

    @Test
    void fiveWrongCodesLockTheSecondStepAndTheLockIsInTheAccountsHistory() throws Exception {
        String email = practitioner();
        MockHttpSession session = session(password(email));
        String right = codeIn(Inbox.text(inbox.await(email, SUBJECT)));
        for (int wrong = 0; wrong < 5; wrong++) {
            movableClock.advance(Duration.ofSeconds(70)); // past each throttle delay; 5 × 70 s is less than 10 minutes
            refused(session, otherThan(right));
        }
        movableClock.advance(Duration.ofSeconds(70));
        assertThat(refused(session, right)).contains("Too many wrong codes");
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/sign-in/code"));
        Account account = accounts.findByEmail(email).orElseThrow();
        assertThat(history.findByAccountIdOrderByHappenedAtAscIdAsc(account.id())).extracting(AccountHistoryEntry::change)
                .contains(AccountChange.LOCKED);
    }

    private MvcResult password(String email) throws Exception {
        return mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD))
                .andExpect(redirectedUrl("/sign-in/code")).andReturn();
    }

    private static MockHttpSession session(MvcResult result) {
        return (MockHttpSession) result.getRequest().getSession();
    }

    private ResultActions code(MockHttpSession session, String code) throws Exception {
        return mvc.perform(post("/sign-in/code").param("code", code).session(session).with(csrf()));
    }

    private String refused(MockHttpSession session, String code) throws Exception {
        String page = code(session, code).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("govuk-error-summary").contains("href=\"#code\"");
        return page;
    }

    private String page(MockHttpSession session) throws Exception {
        return mvc.perform(get("/sign-in/code").session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static String codeIn(String text) {
        Matcher found = CODE.matcher(text);
        assertThat(found.find()).as("a 6-digit code on a line of its own in: %s", text).isTrue();
        return found.group(1);
    }

    /** A code that is certainly wrong: the right one with its last digit changed. */
    private static String otherThan(String code) {
        return code.substring(0, 5) + (char) ('0' + (code.charAt(5) - '0' + 1) % 10);
    }

    private String practitioner() {
        String email = "practitioner-" + UUID.randomUUID() + "@example.org";
        accounts.save(Account.approved(new AccountDetails("Robin", "Okafor", email, "0161 496 0002",
                "Family support worker", "Hillside Primary School", OrganisationType.SCHOOL, "North"),
                Role.PRACTITIONER, encoder.encode(PASSWORD), clock.instant()));
        return email;
    }
}
