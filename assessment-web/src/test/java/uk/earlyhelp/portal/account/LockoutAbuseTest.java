package uk.earlyhelp.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Finding 2 of the security review: five wrong passwords from anywhere locked the owner out, renewable at will.
 * Failures now count per address and client: a browser the owner has signed in on before keeps its own count, so an
 * attacker elsewhere is throttled and locked while the owner still signs in.
 */
class LockoutAbuseTest extends AccountWebTest {

    private static final String DEVICE_COOKIE = "EHP_TRUSTED_DEVICE";

    @Test
    void anAttackersFailuresLockTheAttackerOutButNotTheOwnerOnTheirOwnBrowser() throws Exception {
        String email = newAddress();
        approvedPractitioner(email);
        Cookie ownersBrowser = signedInBefore(email);

        failFiveTimes(email, null);

        signIn(email, PASSWORD, null).andExpect(unauthenticated()); // the attacker, even with the password now
        signIn(email, PASSWORD, ownersBrowser).andExpect(authenticated().withUsername(accountIdOf(email)));
        clock.advance(Duration.ofMinutes(1));
        signIn(email, PASSWORD, null).andExpect(unauthenticated()); // still locked for every other client
    }

    @Test
    void aBrowserIsTrustedForTheAddressThatSignedInThereOnlyAndCannotBeForged() throws Exception {
        String owner = newAddress();
        approvedPractitioner(owner);
        String victim = newAddress();
        approvedPractitioner(victim);
        Cookie ownersBrowser = signedInBefore(owner);
        failFiveTimes(victim, null);

        signIn(victim, PASSWORD, ownersBrowser).andExpect(unauthenticated());
        signIn(victim, PASSWORD, new Cookie(DEVICE_COOKIE, "made-up." + ownersBrowser.getValue().split("\\.")[1]))
                .andExpect(unauthenticated());
    }

    @Test
    void failuresOnTheOwnersBrowserLockThatBrowser() throws Exception {
        String email = newAddress();
        approvedPractitioner(email);
        Cookie ownersBrowser = signedInBefore(email);

        failFiveTimes(email, ownersBrowser);

        signIn(email, PASSWORD, ownersBrowser).andExpect(unauthenticated());
    }

    /** Signs in successfully: the browser is then one this address has signed in on. */
    private Cookie signedInBefore(String email) throws Exception {
        MvcResult signedIn = signIn(email, PASSWORD, null).andExpect(authenticated()).andReturn();
        Cookie device = signedIn.getResponse().getCookie(DEVICE_COOKIE);
        assertThat(device).as("the trusted-browser cookie").isNotNull();
        assertThat(device.isHttpOnly()).isTrue();
        assertThat(device.getValue()).doesNotContain(email);
        return new Cookie(device.getName(), device.getValue());
    }

    private void failFiveTimes(String email, Cookie browser) throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn(email, "not-the-password-" + i, browser).andExpect(unauthenticated());
            clock.advance(Duration.ofSeconds(20)); // waiting out each throttle, as a patient attacker would
        }
    }

    private ResultActions signIn(String email, String password, Cookie browser) throws Exception {
        MockHttpServletRequestBuilder request = post("/sign-in").param("email", email).param("password", password).with(csrf());
        return mvc.perform(browser == null ? request : request.cookie(browser));
    }
}
