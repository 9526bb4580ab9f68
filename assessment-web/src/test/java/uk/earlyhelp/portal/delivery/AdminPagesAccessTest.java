package uk.earlyhelp.portal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.portal.PortalWebTest;

/**
 * The administrators' delivery pages are theirs alone: everyone else who signs in is refused, and a signed-out visitor
 * is sent to sign in. Delivery is off in this shared portal, so there is never anything parked here.
 */
class AdminPagesAccessTest extends PortalWebTest {

    static final String ADMIN = "admin@example.org";
    private static final List<String> PAGES = List.of("/admin/deliveries", "/admin/reconciliation",
            "/admin/reconciliation.csv");
    private static final List<String> POSTS = List.of("/admin/deliveries/retry", "/admin/deliveries/retry-all");

    @Test
    void practitionersCoordinatorsAndAuditorsAreRefusedEveryPageAndEveryRetry() throws Exception {
        for (String user : List.of(PRACTITIONER, "coordinator@example.org", "auditor@example.org")) {
            for (String page : PAGES) {
                mvc.perform(get(page).with(signedInAs(user))).andExpect(status().isForbidden());
            }
            for (String action : POSTS) {
                mvc.perform(post(action).param("assessmentId", "a-any").with(csrf()).with(signedInAs(user)))
                        .andExpect(status().isForbidden());
            }
        }
    }

    @Test
    void aSignedOutVisitorIsSentToSignIn() throws Exception {
        for (String page : PAGES) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", Matchers.endsWith("/sign-in")));
        }
        for (String action : POSTS) {
            mvc.perform(post(action).param("assessmentId", "a-any").with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", Matchers.endsWith("/sign-in")));
        }
    }

    @Test
    void anAdministratorsRetryNeedsTheCsrfToken() throws Exception {
        for (String action : POSTS) {
            mvc.perform(post(action).param("assessmentId", "a-any").with(signedInAs(ADMIN)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anAdministratorSeesTheEmptyStateAndTheNavigationToBothPages() throws Exception {
        String page = mvc.perform(get("/admin/deliveries").with(signedInAs(ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Parked deliveries to Mosaic", "There are no parked deliveries.",
                "href=\"/admin/deliveries\"", "href=\"/admin/reconciliation\"").doesNotContain("Retry all");
        String practitioners = mvc.perform(get("/").with(signedInAs(PRACTITIONER))).andReturn().getResponse()
                .getContentAsString();
        assertThat(practitioners).doesNotContain("href=\"/admin/deliveries\"", "href=\"/admin/reconciliation\"");
    }

    @Test
    void retryingAnAssessmentThatIsNotParkedSaysSo() throws Exception {
        mvc.perform(post("/admin/deliveries/retry").param("assessmentId", "a-never-parked").with(csrf())
                        .with(signedInAs(ADMIN)))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/admin/deliveries"))
                .andExpect(result -> assertThat(result.getFlashMap().get(RetryBanner.ATTRIBUTE)).isEqualTo(
                        new RetryBanner(false, "Assessment a-never-parked is no longer parked",
                                "It may have been delivered meanwhile, or retried by another administrator.")));
    }
}
