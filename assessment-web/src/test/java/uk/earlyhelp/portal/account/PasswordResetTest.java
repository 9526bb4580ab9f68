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

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** Acceptance 2: a forgotten password is reset by a single-use link by email, which works for an hour. */
class PasswordResetTest extends AccountWebTest {

    private static final String NEW_PASSWORD = "velvet-harbour-compass-19";

    @Test
    void aPractitionerResetsTheirPasswordFromTheEmailedLinkAndSignsInWithTheNewOne() throws Exception {
        String email = newAddress();
        Account account = approvedPractitioner(email);
        assertThat(page("/sign-in")).contains("href=\"/password-reset\"", "Forgotten your password?");

        String link = requestReset(email);
        String choose = page(link);
        assertThat(choose).contains("Choose a new password", "autocomplete=\"new-password\"")
                .doesNotContain("onpaste");
        mvc.perform(post(link).param("password", NEW_PASSWORD).with(csrf())).andExpect(redirectedUrl("/password-reset/done"));

        assertThat(Inbox.text(inbox.await(email, "Your Early Help Portal password has been changed")))
                .contains("has just been changed").doesNotContain(NEW_PASSWORD);
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD)).andExpect(unauthenticated());
        clock.advance(Duration.ofSeconds(5));
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(NEW_PASSWORD)).andExpect(authenticated());
        assertThat(changes(account)).endsWith(AccountChange.PASSWORD_CHANGED);
        assertThat(history.findByAccountIdOrderByHappenedAtAscIdAsc(account.id())).last()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo(Actors.SELF));
    }

    @Test
    void theLinkWorksOnlyOnce() throws Exception {
        String email = newAddress();
        approvedPractitioner(email);
        String link = requestReset(email);

        mvc.perform(post(link).param("password", NEW_PASSWORD).with(csrf())).andExpect(redirectedUrl("/password-reset/done"));
        String again = mvc.perform(post(link).param("password", "someone-elses-passphrase").with(csrf()))
                .andReturn().getResponse().getContentAsString();

        assertThat(again).contains("This link does not work", "href=\"/password-reset\"");
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(NEW_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void theLinkExpiresAfterAnHour() throws Exception {
        String email = newAddress();
        approvedPractitioner(email);
        String link = requestReset(email);

        clock.advance(Duration.ofMinutes(59));
        assertThat(page(link)).contains("Choose a new password");
        clock.advance(Duration.ofMinutes(2));
        assertThat(page(link)).contains("This link does not work");
        assertThat(mvc.perform(post(link).param("password", NEW_PASSWORD).with(csrf())).andReturn().getResponse()
                .getContentAsString()).contains("This link does not work");
    }

    @Test
    void aNewerLinkReplacesAnOlderOne() throws Exception {
        String email = newAddress();
        approvedPractitioner(email);
        String first = requestReset(email);
        String second = requestReset(email);

        assertThat(page(first)).contains("This link does not work");
        assertThat(page(second)).contains("Choose a new password");
    }

    @Test
    void theNewPasswordMustBeLongAndUncommonAndIsNeverShownBack() throws Exception {
        String email = newAddress();
        approvedPractitioner(email);
        String link = requestReset(email);

        String tooShort = mvc.perform(post(link).param("password", "eleven char").with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tooShort).contains("<title>Error: Choose a new password", "Password must be 12 characters or more",
                "href=\"#password\"").doesNotContain("eleven char");
        String common = mvc.perform(post(link).param("password", "Password123456").with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(common).contains("Enter a password that is harder to guess");
        // The link is still good after a refused password.
        mvc.perform(post(link).param("password", NEW_PASSWORD).with(csrf())).andExpect(redirectedUrl("/password-reset/done"));
    }

    @Test
    void anAddressWithoutAnAccountGetsTheSamePageAndNoEmail() throws Exception {
        String known = newAddress();
        approvedPractitioner(known);
        String unknown = newAddress();

        String unknownPage = sentPage(unknown).replace(unknown, "ADDRESS");
        String knownPage = sentPage(known).replace(known, "ADDRESS");

        assertThat(withoutPerRequestValues(unknownPage)).isEqualTo(withoutPerRequestValues(knownPage))
                .contains("If ADDRESS has an Early Help Portal account", "60 minutes");
        // Emails go out one at a time in order: once the known address has its link, any for the unknown would be there.
        inbox.await(known, "Reset your Early Help Portal password");
        assertThat(inbox.to(unknown)).isEmpty();
    }

    @Test
    void aLockedAccountCanStillBeResetAndTheNewPasswordEndsTheLock() throws Exception {
        String email = newAddress();
        approvedPractitioner(email);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/sign-in").param("email", email).param("password", "wrong-" + i).with(csrf()));
            clock.advance(Duration.ofSeconds(20));
        }
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD)).andExpect(unauthenticated());

        String link = requestReset(email);
        mvc.perform(post(link).param("password", NEW_PASSWORD).with(csrf())).andExpect(redirectedUrl("/password-reset/done"));

        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(NEW_PASSWORD)).andExpect(authenticated());
    }

    /** Asks for a reset and returns the link's path from the email. */
    private String requestReset(String email) throws Exception {
        int before = inbox.to(email).size();
        mvc.perform(post("/password-reset").param("email", email).with(csrf()))
                .andExpect(redirectedUrl("/password-reset/check-email"));
        MimeMessage reset = inbox.await(email, before + 1).get(before);
        assertThat(Inbox.subject(reset)).isEqualTo("Reset your Early Help Portal password");
        assertThat(Inbox.text(reset)).contains("The link works once, for 60 minutes.");
        return Inbox.linkPath(reset, "/password-reset/");
    }

    private String sentPage(String email) throws Exception {
        MvcResult sent = mvc.perform(post("/password-reset").param("email", email).with(csrf()))
                .andExpect(redirectedUrl("/password-reset/check-email")).andReturn();
        return mvc.perform(get("/password-reset/check-email").flashAttrs(sent.getFlashMap()).session(new MockHttpSession()))
                .andReturn().getResponse().getContentAsString();
    }

    private static String withoutPerRequestValues(String html) {
        return html.replaceAll("nonce=\"[^\"]*\"", "").replaceAll("content=\"[^\"]*\"", "");
    }
}
