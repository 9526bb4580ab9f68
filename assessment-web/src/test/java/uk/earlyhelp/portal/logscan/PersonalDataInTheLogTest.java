package uk.earlyhelp.portal.logscan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.util.GreenMail;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.account.Inbox;

/**
 * Finding 6 of the security review: a malformed registration address reached the log in a mail exception's stack
 * trace. Runs a representative signed-out journey (registrations good and malformed, resets, failed and throttled
 * sign-ins, a save after a time-out), every address and name made up for this run, then reads everything the
 * portal logged meanwhile for any of them. Addresses are checked before any mail is built.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataInTheLogTest extends PortalWebTest {

    private final Random random = new Random();
    private final List<String> typed = new ArrayList<>();

    @Autowired
    GreenMail devOutboxServer;

    @Test
    void noAddressOrNameTypedOnTheJourneyReachesTheLog(CapturedOutput output) throws Exception {
        int from = output.getAll().length();
        String good = address("");
        register(good, name(), name()).getResponse();
        for (String malformed : new String[] {address("a,b"), address("(comment)"), address("a..b"), address("\"q\"")}) {
            register(malformed, name(), name());
            mvc.perform(post("/password-reset").param("email", malformed).with(csrf()));
        }
        mvc.perform(post("/password-reset").param("email", address("unknown")).with(csrf()));
        for (int i = 0; i < 6; i++) {
            String email = i % 2 == 0 ? good : address("nobody");
            mvc.perform(post("/sign-in").param("email", email).param("password", "wrong-" + name()).with(csrf()));
        }
        mvc.perform(post("/assessments/a-" + UUID.randomUUID() + "/sections/outcome").header("Sec-Fetch-Site", "same-origin")
                .header("Origin", "http://localhost").param("outcomeReason", name()).param("_csrf", "stale"));
        String control = address("control");
        register(control, name(), name());
        new Inbox(devOutboxServer).await(control, "Confirm your email address"); // what was sent before it has gone too

        String marker = "log-scan-" + UUID.randomUUID();
        LoggerFactory.getLogger(PersonalDataInTheLogTest.class).warn("{}", marker); // through the portal's own logging

        String logged = output.getAll().substring(from);
        assertThat(logged).as("what the portal's logging wrote is captured (else this test could not fail)").contains(marker);
        for (String value : typed) {
            assertThat(logged).as("the log").doesNotContainIgnoringCase(value);
        }
    }

    private org.springframework.test.web.servlet.MvcResult register(String email, String first, String last) throws Exception {
        MockHttpServletRequestBuilder request = post("/create-account").with(csrf())
                .param("firstName", first).param("lastName", last).param("email", email)
                .param("phone", "01632 960 001").param("jobTitle", "Family support worker")
                .param("organisation", "Hillside Primary School").param("organisationType", "SCHOOL")
                .param("locality", "North").param("password", "tidy-lantern-orbit-" + first);
        return mvc.perform(request).andReturn();
    }

    /** An address unique to this run; {@code local} makes it malformed in the ways mail libraries refuse. */
    private String address(String local) {
        String email = local + "log" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "@example.org";
        typed.add(email);
        typed.add(email.substring(0, email.indexOf('@'))); // the local part alone is the person too
        return email;
    }

    /** A name unique to this run, as a person's: letters only. */
    private String name() {
        StringBuilder name = new StringBuilder("Q");
        for (int i = 0; i < 9; i++) name.append((char) ('a' + random.nextInt(26)));
        typed.add(name.toString());
        return name.toString();
    }
}
