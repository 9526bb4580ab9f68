package uk.earlyhelp.portal.account.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.ResultActions;
import uk.earlyhelp.portal.DemoSecondFactor;
import uk.earlyhelp.portal.MovableClock;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountChange;
import uk.earlyhelp.portal.account.AccountDetails;
import uk.earlyhelp.portal.account.AccountHistory;
import uk.earlyhelp.portal.account.AccountHistoryEntry;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.account.OrganisationType;
import uk.earlyhelp.portal.security.Role;

/**
 * Staff sign in with a password and then a TOTP code: enrolment by QR code (and the secret as text) at the first
 * sign-in, recovery codes shown once and usable once, wrong and replayed codes refused with a GOV.UK error summary,
 * throttled and locked as passwords are. Each test has an auditor account of its own (the demo ones are the
 * helpers'), and its codes come from the secret the enrolment page shows, as an app would read it.
 */
class SecondStepTest extends PortalWebTest {

    private static final String PASSWORD = "correct horse battery staple 16";
    private static final Pattern SECRET = Pattern.compile("id=\"enrol-secret\">([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY = Pattern.compile("<code>([a-z0-9-]+)</code>");

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

    @AfterEach
    void realTime() {
        movableClock.reset();
    }

    @Test
    void theFirstSignInEnrolsByQrCodeAndShowsTheRecoveryCodesOnce() throws Exception {
        String email = auditor();
        MockHttpSession session = password(email, "/sign-in/enrol");
        String page = page("/sign-in/enrol", session);
        assertThat(page).contains("src=\"data:image/png;base64,").contains("Set up your authenticator app");
        String secret = secretOf(page);

        String refused = mvc.perform(post("/sign-in/enrol").param("code", "000000").session(session).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("govuk-error-summary").contains("href=\"#code\"").contains("Enter a correct security code")
                .contains("value=\"000000\"");
        String codes = mvc.perform(post("/sign-in/enrol").param("code", code(secret)).session(session).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(recoveryCodes(codes)).hasSize(10).doesNotHaveDuplicates();
        mvc.perform(get("/audit").session(session)).andExpect(status().isOk());
        // Enrolled now: a password alone can never reach enrolment again.
        MockHttpSession again = password(email, "/sign-in/code");
        mvc.perform(get("/sign-in/enrol").session(again)).andExpect(redirectedUrl("/sign-in/code"));
    }

    @Test
    void untilTheCodeIsGivenNoPageIsReachedAndTheCodeCannotBeUsedTwice() throws Exception {
        String email = auditor();
        String secret = enrol(email).secret();
        movableClock.advance(Duration.ofSeconds(90)); // past the steps the enrolment's code could have used
        MockHttpSession session = password(email, "/sign-in/code");
        for (String page : List.of("/", "/audit", "/assessments")) {
            mvc.perform(get(page).session(session)).andExpect(redirectedUrl("/sign-in/code"));
        }
        String code = code(secret);
        mvc.perform(post("/sign-in/code").param("code", code).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/audit").session(session)).andExpect(status().isOk());

        MockHttpSession replaying = password(email, "/sign-in/code");
        String refused = codePost(replaying, code).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).contains("govuk-error-summary").contains("This code has already been used");
        mvc.perform(get("/audit").session(replaying)).andExpect(redirectedUrl("/sign-in/code"));
    }

    @Test
    void aRecoveryCodeSignsInOnceOnly() throws Exception {
        String email = auditor();
        String recovery = enrol(email).recoveryCodes().get(3);
        MockHttpSession session = password(email, "/sign-in/code");
        codePost(session, recovery.toUpperCase()).andExpect(status().is3xxRedirection());
        mvc.perform(get("/audit").session(session)).andExpect(status().isOk());
        MockHttpSession twice = password(email, "/sign-in/code");
        String refused = codePost(twice, recovery).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).contains("Enter a correct security code");
    }

    @Test
    void wrongCodesAreThrottledThenLockTheSecondStepAndTheLockIsInTheAccountsHistory() throws Exception {
        String email = auditor();
        String secret = enrol(email).secret();
        MockHttpSession session = password(email, "/sign-in/code");
        codePost(session, "").andExpect(status().isBadRequest());
        for (int wrong = 0; wrong < 5; wrong++) {
            movableClock.advance(Duration.ofMinutes(1)); // past each throttle delay
            codePost(session, "12345" + wrong).andExpect(status().isBadRequest());
        }
        movableClock.advance(Duration.ofMinutes(1));
        String locked = codePost(session, code(secret)).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(locked).contains("Too many wrong codes");
        mvc.perform(get("/audit").session(session)).andExpect(redirectedUrl("/sign-in/code"));
        Account account = accounts.findByEmail(email).orElseThrow();
        assertThat(history.findByAccountIdOrderByHappenedAtAscIdAsc(account.id())).extracting(AccountHistoryEntry::change)
                .contains(AccountChange.LOCKED);
    }

    @Test
    void anAdministratorResetsTheSecondFactorAndTheAccountEnrolsAgainWithTheResetInItsHistory() throws Exception {
        String email = auditor();
        enrol(email);
        Account account = accounts.findByEmail(email).orElseThrow();
        String reset = "/admin/accounts/" + account.id() + "/second-factor/reset";
        mvc.perform(post(reset).with(signedInAs("auditor@example.org")).with(csrf())).andExpect(status().isForbidden());
        password(email, "/sign-in/code");
        mvc.perform(post(reset).with(signedInAs("admin@example.org")).with(csrf())).andExpect(redirectedUrl("/admin/accounts"));
        password(email, "/sign-in/enrol");
        assertThat(history.findByAccountIdOrderByHappenedAtAscIdAsc(account.id()))
                .extracting(AccountHistoryEntry::change, AccountHistoryEntry::actor)
                .contains(org.assertj.core.groups.Tuple.tuple(AccountChange.SECOND_FACTOR_ENROLLED, account.id()),
                        org.assertj.core.groups.Tuple.tuple(AccountChange.SECOND_FACTOR_RESET,
                                accountIdOf("admin@example.org"))); // history names people by account id (ADR 0032)
    }

    private record Enrolled(String secret, List<String> recoveryCodes) {
    }

    private Enrolled enrol(String email) throws Exception {
        MockHttpSession session = password(email, "/sign-in/enrol");
        String secret = secretOf(page("/sign-in/enrol", session));
        String codes = mvc.perform(post("/sign-in/enrol").param("code", code(secret)).session(session).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return new Enrolled(secret, recoveryCodes(codes));
    }

    private MockHttpSession password(String email, String next) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD))
                .andExpect(redirectedUrl(next)).andReturn().getRequest().getSession();
    }

    private ResultActions codePost(MockHttpSession session, String code) throws Exception {
        return mvc.perform(post("/sign-in/code").param("code", code).session(session).with(csrf()));
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** What the app would show now, by the portal's clock (moved on in some tests). */
    private String code(String secret) {
        return DemoSecondFactor.code(secret, clock.millis() / 30_000);
    }

    private static String secretOf(String page) {
        Matcher found = SECRET.matcher(page);
        assertThat(found.find()).as("the secret shown as text").isTrue();
        return found.group(1).replace(" ", "");
    }

    private static List<String> recoveryCodes(String page) {
        return RECOVERY.matcher(page).results().map(result -> result.group(1)).toList();
    }

    private String auditor() {
        String email = "auditor-" + UUID.randomUUID() + "@example.org";
        accounts.save(Account.approved(new AccountDetails("Sam", "Patel", email, "0161 496 0001", "Auditor",
                "Council", OrganisationType.OTHER, "North"), Role.AUDITOR, encoder.encode(PASSWORD), clock.instant()));
        return email;
    }
}
