package uk.earlyhelp.portal.session;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import uk.earlyhelp.portal.PortalWebTest;

/** "Stay signed in": a signed-in POST with the CSRF token, and nothing for anyone else. */
class KeepAliveTest extends PortalWebTest {

    @Test
    void aSignedInPractitionerStaysSignedIn() throws Exception {
        mvc.perform(post("/session/keep-alive").with(signedInAs(PRACTITIONER)).with(csrf()))
                .andExpect(status().isNoContent());
    }

    @Test
    void withoutTheCsrfTokenOrSignedOutItDoesNothing() throws Exception {
        mvc.perform(post("/session/keep-alive").with(signedInAs(PRACTITIONER))).andExpect(status().isForbidden());
        mvc.perform(post("/session/keep-alive").with(csrf())).andExpect(redirectedUrl("/sign-in"));
    }
}
