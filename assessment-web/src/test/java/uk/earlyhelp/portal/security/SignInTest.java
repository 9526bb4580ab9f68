package uk.earlyhelp.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import uk.earlyhelp.portal.PortalWebTest;

class SignInTest extends PortalWebTest {

    private static final String NON_REVEALING = "Enter a correct email address and password";

    @Test
    void aSignedOutVisitorToTheDashboardIsSentToSignIn() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith("/sign-in")));
    }

    @Test
    void theSignInAndInformationPagesArePublic() throws Exception {
        mvc.perform(get("/sign-in")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign in to the Early Help Portal")));
        mvc.perform(get("/accessibility")).andExpect(status().isOk())
                .andExpect(content().string(containsString("WCAG")));
        mvc.perform(get("/privacy")).andExpect(status().isOk())
                .andExpect(content().string(containsString("special category data")));
        mvc.perform(get("/cookies")).andExpect(status().isOk())
                .andExpect(content().string(containsString("JSESSIONID")))
                .andExpect(content().string(containsString("We do not use analytics cookies")));
    }

    @Test
    void theDemoPractitionerSignsInWithTheDemoPasswordAndLandsOnTheDashboard() throws Exception {
        mvc.perform(formLogin("/sign-in").userParameter("email").user(PRACTITIONER).password(DEMO_PASSWORD))
                .andExpect(authenticated().withUsername(accountIdOf(PRACTITIONER)).withRoles("PRACTITIONER"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressGetTheSameMessageWithTheAddressKept() throws Exception {
        String wrongPassword = failedSignInPage(PRACTITIONER, "not-the-password");
        String unknownAddress = failedSignInPage("nobody@example.org", DEMO_PASSWORD);

        assertThat(wrongPassword).contains(NON_REVEALING, "There is a problem", "value=\"practitioner@example.org\"",
                "<title>Error: Sign in");
        assertThat(unknownAddress).contains(NON_REVEALING, "value=\"nobody@example.org\"");
        assertThat(withoutPerRequestValues(wrongPassword).replace(PRACTITIONER, "ADDRESS"))
                .isEqualTo(withoutPerRequestValues(unknownAddress).replace("nobody@example.org", "ADDRESS"));
    }

    @Test
    void afterSigningInTheUserReturnsToThePageTheyAskedForButNeverToAFileThePageFetched() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/assessments/a-1").accept(MediaType.TEXT_HTML).session(session)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/assets/fonts/bold.woff2").accept(MediaType.ALL).session(session)).andExpect(status().is3xxRedirection());

        mvc.perform(post("/sign-in").param("email", PRACTITIONER).param("password", DEMO_PASSWORD).with(csrf()).session(session))
                .andExpect(authenticated())
                .andExpect(redirectedUrl("http://localhost/assessments/a-1?continue"));
    }

    @Test
    void signingInNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/sign-in").param("email", PRACTITIONER).param("password", DEMO_PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void theHeaderNamesTheSignedInUserAndSigningOutEndsTheSession() throws Exception {
        mvc.perform(get("/cookies").with(signedInAs(PRACTITIONER)))
                .andExpect(content().string(containsString("Demo Practitioner")))
                .andExpect(content().string(containsString("action=\"/sign-out\"")));
        mvc.perform(get("/cookies"))
                .andExpect(content().string(not(containsString("action=\"/sign-out\""))));

        mvc.perform(post("/sign-out").with(signedInAs(PRACTITIONER)).with(csrf()))
                .andExpect(redirectedUrl("/sign-in?signedOut"))
                .andExpect(unauthenticated());
        mvc.perform(get("/sign-in").param("signedOut", ""))
                .andExpect(content().string(containsString("You have signed out")));
    }

    @Test
    void signingOutIsAPostWithTheCsrfToken() throws Exception {
        mvc.perform(post("/sign-out").with(signedInAs(PRACTITIONER)))
                .andExpect(status().isForbidden());
    }

    private String failedSignInPage(String email, String password) throws Exception {
        MvcResult failed = mvc.perform(post("/sign-in").param("email", email).param("password", password).with(csrf()))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/sign-in?error"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) failed.getRequest().getSession();
        return mvc.perform(get("/sign-in").param("error", "").session(session))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static String withoutPerRequestValues(String html) {
        return html.replaceAll("nonce=\"[^\"]*\"", "").replaceAll("name=\"_csrf\"[^>]*>", "").replaceAll("content=\"[^\"]*\"", "");
    }
}
