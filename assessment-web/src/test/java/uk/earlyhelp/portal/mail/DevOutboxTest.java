package uk.earlyhelp.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.account.Inbox;

/** The embedded default's local outbox: real SMTP to a server inside the portal, read at /dev/outbox. */
class DevOutboxTest extends PortalWebTest {

    @Autowired
    GreenMail devOutboxServer;

    @Test
    void theDeveloperReadsTheEmailsTheLocalOutboxReceivedWithTheirLinks() throws Exception {
        String email = "outbox-" + UUID.randomUUID() + "@example.org";
        mvc.perform(post("/password-reset").param("email", PRACTITIONER).with(csrf()));
        mvc.perform(post("/create-account").with(csrf())
                .param("firstName", "Robin").param("lastName", "Hale").param("email", email)
                .param("phone", "01632 960 002").param("jobTitle", "Health visitor").param("organisation", "NHS Trust")
                .param("organisationType", "HEALTH").param("locality", "East").param("password", "plum-kettle-thunder"));
        new Inbox(devOutboxServer).await(email, "Confirm your email address");

        String outbox = mvc.perform(get("/dev/outbox")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(outbox).contains("Local mail outbox", email, "Confirm your email address for the Early Help Portal",
                "Hello,", "href=\"http://localhost:8080/create-account/confirm/");
        assertThat(outbox.indexOf(email)).as("newest first").isLessThan(outbox.indexOf("Reset your Early Help Portal password"));
    }

    @Test
    void onlyThisMachineOrAnAdministratorMayReadIt() throws Exception {
        mvc.perform(get("/dev/outbox").with(from("203.0.113.7"))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/dev/outbox").with(from("203.0.113.7")).with(signedInAs(PRACTITIONER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dev/outbox").with(from("203.0.113.7")).with(signedInAs("admin@example.org")))
                .andExpect(status().isOk());
        mvc.perform(get("/dev/outbox").with(from("::1"))).andExpect(status().isOk());
    }

    @Test
    void noForwardedHeaderAndNoOtherNetworkInterfaceMakesACallerLocal() throws Exception {
        for (String[] header : new String[][] {{"X-Forwarded-For", "127.0.0.1"}, {"Forwarded", "for=127.0.0.1"},
                {"X-Real-IP", "::1"}}) {
            mvc.perform(get("/dev/outbox").header(header[0], header[1])).andExpect(status().is3xxRedirection());
        }
        // A connection to the machine's network address (not its loopback), even from a process on the machine.
        mvc.perform(get("/dev/outbox").with(request -> {
            request.setLocalAddr("192.0.2.10");
            return request;
        })).andExpect(status().is3xxRedirection());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
