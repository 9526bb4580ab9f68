package uk.earlyhelp.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * An expired account (DOMAIN.md, Accounts 5) cannot sign in; its owner, and only someone who knows its password, is
 * told why; the locality's coordinator reactivates it, and the history says who did.
 */
class ExpiredAccountTest extends AccountWebTest {

    private static final String EXPIRED_BANNER = "Your account has expired";
    private static final String NON_REVEALING = "Enter a correct email address and password, or try again later";

    @Test
    void anExpiredAccountWithItsCorrectPasswordIsToldToAskItsCoordinatorAndIsNotSignedIn() throws Exception {
        String email = newAddress();
        expired(approvedPractitioner(email));

        MvcResult refused = mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/sign-in?expired")).andReturn();
        MockHttpSession session = (MockHttpSession) refused.getRequest().getSession();
        String page = mvc.perform(get("/sign-in").param("expired", "").session(session)).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains(EXPIRED_BANNER, "Ask the Early Help Coordinator for your locality to reactivate it",
                "value=\"" + email + "\"").doesNotContain(NON_REVEALING);
        mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aWrongPasswordForAnExpiredAccountGetsTheSameAnswerAsAnUnknownAddress() throws Exception {
        String email = newAddress();
        expired(approvedPractitioner(email));

        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("not-the-password-at-all"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(formLogin("/sign-in").userParameter("email").user(newAddress()).password(PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void aLockedExpiredAccountIsRefusedWithoutSayingItExpired() throws Exception {
        String email = newAddress();
        expired(approvedPractitioner(email));
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/sign-in").param("email", email).param("password", "wrong-" + i).with(csrf()));
            clock.advance(Duration.ofSeconds(20));
        }

        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void theCoordinatorReactivatesAnExpiredAccountOfTheirLocalityAndItSignsInAgain() throws Exception {
        String email = newAddress();
        Account account = expired(approvedPractitioner(email));
        String before = mvc.perform(get("/coordinator/accounts/" + account.id()).with(signedInAs(COORDINATOR)))
                .andReturn().getResponse().getContentAsString();
        assertThat(before).contains("This account has expired", "/coordinator/accounts/" + account.id() + "/reactivate",
                "Expired");

        MvcResult reactivated = mvc.perform(post("/coordinator/accounts/" + account.id() + "/reactivate").with(csrf())
                        .with(signedInAs(COORDINATOR)))
                .andExpect(redirectedUrl("/coordinator/accounts/" + account.id())).andReturn();
        String after = mvc.perform(get("/coordinator/accounts/" + account.id()).with(signedInAs(COORDINATOR))
                .flashAttrs(reactivated.getFlashMap())).andReturn().getResponse().getContentAsString();

        assertThat(after).contains("Account reactivated for Alex Jones", "Reactivated", COORDINATOR)
                .doesNotContain("/reactivate\"");
        assertThat(accounts.findById(account.id()).orElseThrow().status()).isEqualTo(AccountStatus.APPROVED);
        assertThat(changes(account)).endsWith(AccountChange.EXPIRED, AccountChange.REACTIVATED);
        assertThat(history.findByAccountIdOrderByHappenedAtAscIdAsc(account.id())).last()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo(accountIdOf(COORDINATOR)));
        assertThat(Inbox.text(inbox.await(email, "account has been reactivated"))).contains("/sign-in");
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void anotherLocalitysExpiredAccountIsNotThereForTheCoordinatorAndNothingChanges() throws Exception {
        Account south = confirmedRequest(newAddress(), "South");
        south.approve(clock.instant());
        south = expired(accounts.save(south));
        int emailsBefore = inbox.to(south.email()).size();

        mvc.perform(get("/coordinator/accounts/" + south.id()).with(signedInAs(COORDINATOR))).andExpect(status().isNotFound());
        mvc.perform(post("/coordinator/accounts/" + south.id() + "/reactivate").with(csrf()).with(signedInAs(COORDINATOR)))
                .andExpect(status().isNotFound());

        assertThat(accounts.findById(south.id()).orElseThrow().status()).isEqualTo(AccountStatus.EXPIRED);
        assertThat(changes(south)).endsWith(AccountChange.EXPIRED).doesNotContain(AccountChange.REACTIVATED);
        assertThat(inbox.to(south.email())).hasSize(emailsBefore);
    }

    @Test
    void onlyAnExpiredAccountIsReactivatedOnlyByACoordinatorAndOnlyWithTheCsrfToken() throws Exception {
        Account active = approvedPractitioner(newAddress());
        Account expired = expired(approvedPractitioner(newAddress()));

        assertThat(mvc.perform(get("/coordinator/accounts/" + active.id()).with(signedInAs(COORDINATOR)))
                .andReturn().getResponse().getContentAsString()).doesNotContain("/reactivate");
        mvc.perform(post("/coordinator/accounts/" + active.id() + "/reactivate").with(csrf()).with(signedInAs(COORDINATOR)))
                .andExpect(status().isNotFound());
        for (String user : new String[] {PRACTITIONER, "auditor@example.org", "admin@example.org"}) {
            mvc.perform(post("/coordinator/accounts/" + expired.id() + "/reactivate").with(csrf()).with(signedInAs(user)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/coordinator/accounts/" + expired.id() + "/reactivate").with(signedInAs(COORDINATOR)))
                .andExpect(status().isForbidden());

        assertThat(changes(active)).doesNotContain(AccountChange.REACTIVATED);
        assertThat(accounts.findById(expired.id()).orElseThrow().status()).isEqualTo(AccountStatus.EXPIRED);
        assertThat(changes(expired)).endsWith(AccountChange.EXPIRED);
    }

    /** What the inactivity sweep (another part of the portal) does to an account: the step and its history. */
    private Account expired(Account account) {
        Account current = accounts.findById(account.id()).orElseThrow();
        current.expire();
        Account saved = accounts.save(current);
        history.record(saved, AccountChange.EXPIRED, Actors.SYSTEM, clock.instant());
        return saved;
    }
}
