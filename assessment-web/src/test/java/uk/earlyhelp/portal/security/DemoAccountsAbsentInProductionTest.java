package uk.earlyhelp.portal.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import uk.earlyhelp.portal.EmbeddedPostgresDatabase;
import uk.earlyhelp.portal.PortalWebTest;

/** The demo accounts and their published password exist only in the embedded default, never in production. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
class DemoAccountsAbsentInProductionTest {

    @DynamicPropertySource
    static void embeddedPostgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.useFreshDatabase(registry);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void theDemoPractitionerCannotSignInOnPostgres() throws Exception {
        mvc.perform(formLogin("/sign-in").userParameter("email")
                        .user(PortalWebTest.PRACTITIONER).password(PortalWebTest.DEMO_PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void neitherCanAnyOtherDemoAccount() throws Exception {
        for (String email : new String[] {"coordinator@example.org", "auditor@example.org", "admin@example.org", "user"}) {
            mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PortalWebTest.DEMO_PASSWORD))
                    .andExpect(unauthenticated());
        }
    }
}
