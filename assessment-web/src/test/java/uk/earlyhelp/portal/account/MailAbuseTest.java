package uk.earlyhelp.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Finding 4 of the security review: "Create your account" with someone else's address and a "first name" that was a
 * phishing message sent that message in a genuine portal email, and requests were not limited (8 of 8 sent). With the
 * production limits (3 per address, 30 per client, an hour), read from the real SMTP outbox (GreenMail).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.mail.request-limits.per-address=3", "portal.mail.request-limits.per-client=30"})
class MailAbuseTest extends AccountWebTest {

    private static final String PHISHING = "Your account is suspended. Verify now at http://evil.example/verify";

    @Test
    void aNameThatIsASentenceOrALinkIsRefusedAndNothingIsSent() throws Exception {
        String victim = newAddress();
        for (String name : new String[] {PHISHING, "evil.example", "http://evil", "Call 0800 123", "a@b"}) {
            mvc.perform(createAccount(victim, "North", PASSWORD).with(named(name, "Jones")).with(from("198.51.100.1")))
                    .andExpect(status().isOk());
        }
        String control = newAddress();
        mvc.perform(createAccount(control, "North", PASSWORD).with(from("198.51.100.1")))
                .andExpect(redirectedUrl("/create-account/check-email"));
        inbox.await(control, "Confirm your email address"); // mail goes out in order: anything for the victim is out too

        assertThat(inbox.to(victim)).isEmpty();
    }

    @Test
    void realNamesOfAnyScriptAreAcceptedAndTheUnconfirmedAddressIsNotGreetedByThem() throws Exception {
        String email = newAddress();
        mvc.perform(createAccount(email, "North", PASSWORD).with(named("Siân O’Brien-Nguyễn", "J. R. 李"))
                .with(from("198.51.100.2"))).andExpect(redirectedUrl("/create-account/check-email"));

        String text = Inbox.text(inbox.await(email, "Confirm your email address"));
        assertThat(text).startsWith("Hello,").doesNotContain("Siân", "李");
    }

    @Test
    void resetsAndRegistrationsAreLimitedPerAddress() throws Exception {
        String email = newAddress();
        approvedPractitioner(email);
        for (int i = 0; i < 8; i++) {
            mvc.perform(post("/password-reset").param("email", email).with(csrf()).with(from("198.51.100." + (10 + i))))
                    .andExpect(redirectedUrl("/password-reset/check-email"));
        }
        String control = newAddress();
        mvc.perform(createAccount(control, "North", PASSWORD).with(from("198.51.100.3")));
        inbox.await(control, "Confirm your email address");

        // Three in the hour to one address: asking for the account was the first.
        assertThat(inbox.to(email).stream().filter(message -> subject(message).startsWith("Reset"))).hasSize(2);
    }

    @Test
    void requestsFromOneClientAreLimitedWhateverTheAddresses() throws Exception {
        String client = "203.0.113." + (1 + Math.abs(UUID.randomUUID().hashCode() % 250));
        String last = null;
        for (int i = 0; i < 31; i++) {
            last = newAddress();
            mvc.perform(createAccount(last, "North", PASSWORD).with(from(client)))
                    .andExpect(redirectedUrl("/create-account/check-email")); // the same page, sent or not
        }
        String control = newAddress();
        mvc.perform(createAccount(control, "North", PASSWORD).with(from("198.51.100.4")));
        inbox.await(control, "Confirm your email address");

        assertThat(inbox.to(last)).as("the 31st request from one client").isEmpty();
    }

    private static String subject(MimeMessage message) {
        return Inbox.subject(message);
    }

    /** Replaces the names createAccount typed (a second param would be a second value). */
    private static RequestPostProcessor named(String first, String last) {
        return request -> {
            request.setParameter("firstName", first);
            request.setParameter("lastName", last);
            return request;
        };
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
