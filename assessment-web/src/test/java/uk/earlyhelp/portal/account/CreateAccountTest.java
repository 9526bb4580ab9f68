package uk.earlyhelp.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** Acceptance 1: create your account, confirm the address by email, wait for the coordinator, then sign in. */
class CreateAccountTest extends AccountWebTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPractitionerAsksConfirmsTheirAddressIsApprovedByTheirCoordinatorAndSignsIn() throws Exception {
        String email = newAddress();
        String page = mvc.perform(get("/create-account")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Create your account", "First name", "Last name", "Work email address", "Phone number",
                "Job title", "Organisation", "Voluntary sector", "Housing", "Locality", "North", "Central",
                "autocomplete=\"new-password\"", "govuk-password-input");

        MvcResult created = mvc.perform(createAccount(email.toUpperCase(), "North", PASSWORD))
                .andExpect(redirectedUrl("/create-account/check-email")).andReturn();
        String checkEmail = mvc.perform(get("/create-account/check-email").flashAttrs(created.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(checkEmail).contains("Check your email", "We have sent an email to " + email, "24 hours");

        MimeMessage confirm = inbox.await(email, "Confirm your email address");
        assertThat(Inbox.text(confirm)).contains("Hello,", "The link works once, for 24 hours.")
                .doesNotContain(PASSWORD);
        String link = Inbox.linkPath(confirm, "/create-account/confirm/");
        // Opening the link (as a mail scanner would) only shows a button.
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getContentAsString())
                .contains("Confirm email address", "action=\"" + link + "\"");
        assertThat(accounts.findByEmail(email).orElseThrow().status()).isEqualTo(AccountStatus.REQUESTED);

        mvc.perform(post(link).with(csrf())).andExpect(redirectedUrl("/create-account/confirmed"))
                .andExpect(flash().attribute("locality", "North"));
        Account account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.status()).isEqualTo(AccountStatus.CONFIRMED);
        assertThat(Inbox.text(inbox.await(email, "waiting for approval"))).contains("Early Help Coordinator for North");
        String notice = Inbox.text(inbox.await(COORDINATOR, "New Early Help Portal account request in North"));
        assertThat(notice).contains("/coordinator/requests").doesNotContain(email);

        // Not before approval.
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD)).andExpect(unauthenticated());

        assertThat(mvc.perform(get("/coordinator/requests").with(signedInAs(COORDINATOR)))
                .andReturn().getResponse().getContentAsString()).contains("Account requests for North", "Alex Jones");
        assertThat(mvc.perform(get("/coordinator/requests/" + account.id()).with(signedInAs(COORDINATOR)))
                .andReturn().getResponse().getContentAsString())
                .contains(email, "01632 960 001", "Family support worker", "Hillside Primary School", "School");
        mvc.perform(post("/coordinator/requests/" + account.id() + "/approve").with(csrf()).with(signedInAs(COORDINATOR)))
                .andExpect(redirectedUrl("/coordinator/requests"))
                .andExpect(flash().attribute("approved", "Alex Jones"));

        MimeMessage approved = inbox.await(email, "Your Early Help Portal login has been set up");
        assertThat(Inbox.text(approved)).contains("Your login has been set up", "/sign-in");
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD))
                .andExpect(authenticated().withUsername(accountIdOf(email)).withRoles("PRACTITIONER"))
                .andExpect(redirectedUrl("/"));
        assertThat(changes(account)).containsExactly(AccountChange.REQUESTED, AccountChange.EMAIL_CONFIRMED,
                AccountChange.APPROVED);
    }

    @Test
    void aRejectedRequestTellsThePersonWhyAndCannotSignIn() throws Exception {
        String email = newAddress();
        Account account = confirmedRequest(email, "North");

        String refused = mvc.perform(post("/coordinator/requests/" + account.id() + "/reject").param("reason", " ")
                        .with(csrf()).with(signedInAs(COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem", "Enter a reason for rejecting the request", "href=\"#reason\"");

        mvc.perform(post("/coordinator/requests/" + account.id() + "/reject")
                        .param("reason", "Please ask your manager to confirm your role first.")
                        .with(csrf()).with(signedInAs(COORDINATOR)))
                .andExpect(redirectedUrl("/coordinator/requests"));

        assertThat(Inbox.text(inbox.await(email, "was not approved")))
                .contains("Please ask your manager to confirm your role first.", "Early Help Coordinator for North");
        assertThat(accounts.findById(account.id()).orElseThrow().status()).isEqualTo(AccountStatus.REJECTED);
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD)).andExpect(unauthenticated());
        assertThat(history.findByAccountIdOrderByHappenedAtAscIdAsc(account.id())).last().satisfies(entry -> {
            assertThat(entry.change()).isEqualTo(AccountChange.REJECTED);
            assertThat(entry.actor()).isEqualTo(accountIdOf(COORDINATOR));
            assertThat(entry.detail()).isEqualTo("Please ask your manager to confirm your role first.");
        });
    }

    @Test
    void everyProblemIsListedAndEverythingTypedIsKeptButThePassword() throws Exception {
        String page = mvc.perform(post("/create-account").with(csrf())
                        .param("firstName", "Sam").param("lastName", "").param("email", "sam.example.org")
                        .param("phone", "call me").param("jobTitle", "Nurse").param("organisation", "")
                        .param("locality", "Atlantis").param("password", "short pass"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Error: Create your account", "There is a problem",
                "href=\"#lastName\"", "Enter your last name",
                "href=\"#email\"", "Enter an email address in the correct format, like name@example.com",
                "href=\"#phone\"", "Enter a phone number, like 01632 960 001",
                "href=\"#organisation\"", "Enter the name of your organisation",
                "href=\"#organisationType\"", "Select the type of organisation you work for",
                "href=\"#locality\"", "Select your locality",
                "href=\"#password\"", "Password must be 12 characters or more",
                "value=\"Sam\"", "value=\"sam.example.org\"", "value=\"call me\"", "value=\"Nurse\"")
                .doesNotContain("short pass");
        assertThat(page.indexOf("#lastName")).isLessThan(page.indexOf("#email"));
        assertThat(accounts.findByEmail("sam.example.org")).isEmpty();
    }

    @Test
    void theConfirmationLinkWorksOnceAndIsStoredOnlyAsItsHash() throws Exception {
        String email = newAddress();
        mvc.perform(createAccount(email, "South", PASSWORD));
        String link = Inbox.linkPath(inbox.await(email, "Confirm your email address"), "/create-account/confirm/");
        String token = link.substring(link.lastIndexOf('/') + 1);

        assertThat(token).hasSize(43); // 256 bits, URL-safe Base64
        String accountId = accounts.findByEmail(email).orElseThrow().id();
        assertThat(jdbc.queryForList("select token_hash from account_token where account_id = ?", String.class, accountId))
                .containsExactly(sha256(token));

        mvc.perform(post(link).with(csrf())).andExpect(redirectedUrl("/create-account/confirmed"));
        assertThat(mvc.perform(post(link).with(csrf())).andReturn().getResponse().getContentAsString())
                .contains("This link does not work");
        assertThat(page(link)).contains("This link does not work", "href=\"/create-account\"");
        assertThat(changes(accounts.findById(accountId).orElseThrow()))
                .containsExactly(AccountChange.REQUESTED, AccountChange.EMAIL_CONFIRMED);
    }

    @Test
    void theConfirmationLinkExpiresAfter24Hours() throws Exception {
        String early = newAddress();
        String late = newAddress();
        mvc.perform(createAccount(early, "East", PASSWORD));
        mvc.perform(createAccount(late, "East", PASSWORD));
        String earlyLink = Inbox.linkPath(inbox.await(early, "Confirm your email address"), "/create-account/confirm/");
        String lateLink = Inbox.linkPath(inbox.await(late, "Confirm your email address"), "/create-account/confirm/");

        clock.advance(Duration.ofHours(24).minusMinutes(1));
        mvc.perform(post(earlyLink).with(csrf())).andExpect(redirectedUrl("/create-account/confirmed"));
        clock.advance(Duration.ofMinutes(2));
        assertThat(mvc.perform(post(lateLink).with(csrf())).andReturn().getResponse().getContentAsString())
                .contains("This link does not work");
        assertThat(accounts.findByEmail(late).orElseThrow().status()).isEqualTo(AccountStatus.REQUESTED);
    }

    @Test
    void askingAgainBeforeConfirmingSendsANewLinkAndTheOldOneStops() throws Exception {
        String email = newAddress();
        mvc.perform(createAccount(email, "West", PASSWORD));
        String first = Inbox.linkPath(inbox.await(email, "Confirm your email address"), "/create-account/confirm/");
        mvc.perform(createAccount(email, "Central", PASSWORD)).andExpect(redirectedUrl("/create-account/check-email"));
        String second = Inbox.linkPath(inbox.await(email, 2).get(1), "/create-account/confirm/");

        assertThat(second).isNotEqualTo(first);
        assertThat(page(first)).contains("This link does not work");
        mvc.perform(post(second).with(csrf())).andExpect(redirectedUrl("/create-account/confirmed"));
        Account account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.locality()).isEqualTo("Central");
        assertThat(changes(account)).containsExactly(AccountChange.REQUESTED, AccountChange.REQUEST_REPLACED,
                AccountChange.EMAIL_CONFIRMED);
    }

    @Test
    void aRequestForAnAddressThatHasAnAccountLooksTheSameAndOnlyItsOwnerIsTold() throws Exception {
        String taken = newAddress();
        approvedPractitioner(taken);
        String fresh = newAddress();

        MvcResult forTaken = mvc.perform(createAccount(taken, "South", "another-long-passphrase")).andReturn();
        MvcResult forFresh = mvc.perform(createAccount(fresh, "South", "another-long-passphrase")).andReturn();

        assertThat(forTaken.getResponse().getRedirectedUrl()).isEqualTo(forFresh.getResponse().getRedirectedUrl())
                .isEqualTo("/create-account/check-email");
        String takenPage = checkEmailPage(forTaken).replace(taken, "ADDRESS");
        String freshPage = checkEmailPage(forFresh).replace(fresh, "ADDRESS");
        assertThat(withoutPerRequestValues(takenPage)).isEqualTo(withoutPerRequestValues(freshPage));

        String warning = Inbox.text(inbox.await(taken, "Someone tried to create an Early Help Portal account"));
        assertThat(warning).contains("It already has one, so nothing has changed", "/password-reset");
        Account unchanged = accounts.findByEmail(taken).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(AccountStatus.APPROVED);
        assertThat(unchanged.locality()).isEqualTo("North");
        mvc.perform(formLogin("/sign-in").userParameter("email").user(taken).password(PASSWORD)).andExpect(authenticated());
    }

    private String checkEmailPage(MvcResult created) throws Exception {
        return mvc.perform(get("/create-account/check-email").flashAttrs(created.getFlashMap()).session(new MockHttpSession()))
                .andReturn().getResponse().getContentAsString();
    }

    private static String withoutPerRequestValues(String html) {
        return html.replaceAll("nonce=\"[^\"]*\"", "").replaceAll("content=\"[^\"]*\"", "");
    }

    private static String sha256(String token) throws Exception {
        return java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
