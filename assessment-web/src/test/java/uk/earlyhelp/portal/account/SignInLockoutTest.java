package uk.earlyhelp.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Acceptance 3: repeated failures are throttled, then lock the address for a while (15 minutes here, the default);
 * and nothing a visitor sees tells whether the address has an account.
 */
class SignInLockoutTest extends AccountWebTest {

    private static final String NON_REVEALING = "Enter a correct email address and password, or try again later";

    @Test
    void afterTwoFailuresTheNextTryMustWaitEvenWithTheRightPassword() throws Exception {
        String email = newAddress();
        approvedPractitioner(email);

        signIn(email, "wrong-password-one").andExpect(unauthenticated());
        signIn(email, "wrong-password-two").andExpect(unauthenticated());
        signIn(email, PASSWORD).andExpect(unauthenticated()).andExpect(redirectedUrl("/sign-in?error"));

        clock.advance(Duration.ofSeconds(3));
        signIn(email, PASSWORD).andExpect(authenticated().withUsername(accountIdOf(email)));
    }

    @Test
    void fiveFailuresInARowLockTheAccountForFifteenMinutesAndItsHistorySaysSo() throws Exception {
        String email = newAddress();
        Account account = approvedPractitioner(email);

        failFiveTimes(email);
        signIn(email, PASSWORD).andExpect(unauthenticated());
        clock.advance(Duration.ofMinutes(14));
        signIn(email, PASSWORD).andExpect(unauthenticated());
        clock.advance(Duration.ofMinutes(2));
        signIn(email, PASSWORD).andExpect(authenticated());

        AccountHistoryEntry locked = history.findByAccountIdOrderByHappenedAtAscIdAsc(account.id()).stream()
                .filter(entry -> entry.change() == AccountChange.LOCKED).findFirst().orElseThrow();
        assertThat(locked.actor()).isEqualTo(Actors.SYSTEM);
        assertThat(locked.detail()).startsWith("After 5 failed sign-ins in a row, until ");
        // Waiting out the throttle between tries (4 s, 8 s) does not count as a try.
        assertThat(changes(account)).containsOnlyOnce(AccountChange.LOCKED);
    }

    @Test
    void anAddressWithoutAnAccountIsThrottledAndLockedExactlyAlikeWithTheSamePages() throws Exception {
        String known = newAddress();
        approvedPractitioner(known);
        String unknown = newAddress();

        List<String> knownPages = failFiveTimes(known);
        List<String> unknownPages = failFiveTimes(unknown);

        for (int i = 0; i < knownPages.size(); i++) {
            assertThat(knownPages.get(i)).contains(NON_REVEALING);
            assertThat(withoutPerRequestValues(knownPages.get(i).replace(known, "ADDRESS")))
                    .isEqualTo(withoutPerRequestValues(unknownPages.get(i).replace(unknown, "ADDRESS")));
        }
        // Locked, both, with the right password for the known one.
        assertThat(withoutPerRequestValues(failedPage(known, PASSWORD).replace(known, "ADDRESS")))
                .isEqualTo(withoutPerRequestValues(failedPage(unknown, PASSWORD).replace(unknown, "ADDRESS")));
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() throws Exception {
        String email = newAddress();
        approvedPractitioner(email);

        for (int round = 0; round < 3; round++) {
            signIn(email, "wrong-password").andExpect(unauthenticated());
            clock.advance(Duration.ofSeconds(10));
            signIn(email, PASSWORD).andExpect(authenticated());
        }
        signIn(email, "wrong-password").andExpect(unauthenticated());
        signIn(email, PASSWORD).andExpect(authenticated());
    }

    @Test
    void emailAddressesAreMatchedWhateverTheirCaseAndSpaces() throws Exception {
        String email = newAddress();
        approvedPractitioner(email);

        signIn("  " + email.toUpperCase() + " ", PASSWORD).andExpect(authenticated().withUsername(accountIdOf(email)));
    }

    @Test
    void anUnknownAddressTakesAboutAsLongAsAWrongPasswordForAKnownOne() throws Exception {
        String known = newAddress();
        approvedPractitioner(known);
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            knownTimes.add(nanosToFail(known));
            unknownTimes.add(nanosToFail(newAddress()));
            signIn(known, PASSWORD).andExpect(authenticated()); // the count starts again: never throttled
        }
        // Without a password hash for unknown addresses they would answer many times faster.
        assertThat(median(unknownTimes)).isGreaterThan(median(knownTimes) / 2);
    }

    private long nanosToFail(String email) throws Exception {
        long start = System.nanoTime();
        signIn(email, "not-the-password").andExpect(unauthenticated());
        return System.nanoTime() - start;
    }

    private static long median(List<Long> times) {
        return times.stream().sorted().toList().get(times.size() / 2);
    }

    /** Five wrong passwords, waiting out the throttle between tries: the sign-in page after each. */
    private List<String> failFiveTimes(String email) throws Exception {
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            pages.add(failedPage(email, "not-the-password-" + i));
            clock.advance(Duration.ofSeconds(20));
        }
        return pages;
    }

    private ResultActions signIn(String email, String password) throws Exception {
        return mvc.perform(post("/sign-in").param("email", email).param("password", password).with(csrf()));
    }

    private String failedPage(String email, String password) throws Exception {
        MvcResult failed = signIn(email, password).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/sign-in?error")).andReturn();
        MockHttpSession session = (MockHttpSession) failed.getRequest().getSession();
        return mvc.perform(get("/sign-in").param("error", "").session(session)).andReturn().getResponse().getContentAsString();
    }

    private static String withoutPerRequestValues(String html) {
        return html.replaceAll("nonce=\"[^\"]*\"", "").replaceAll("name=\"_csrf\"[^>]*>", "").replaceAll("content=\"[^\"]*\"", "");
    }
}
