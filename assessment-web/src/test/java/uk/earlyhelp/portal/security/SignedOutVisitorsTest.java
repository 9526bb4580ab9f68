package uk.earlyhelp.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.security.Endpoints.Endpoint;

/**
 * Every address of the portal, as Spring MVC maps it, sends a signed-out visitor to sign in, but for an explicit
 * list of public pages. A new page is covered the day it is added; making one public means adding it here.
 */
class SignedOutVisitorsTest extends PortalWebTest {

    /** Public pages, by method and pattern. */
    private static final Set<String> PUBLIC = Set.of(
            "GET /sign-in", "GET /accessibility", "GET /privacy", "GET /cookies",
            // Spring Boot's error page: what anyone sees when something goes wrong.
            "GET /error", "POST /error");
    /**
     * Public journeys, by address prefix: asking for an account, resetting a password and setting a new staff
     * account's first password happen signed out.
     */
    private static final List<String> PUBLIC_PREFIXES = List.of("/create-account", "/password-reset", "/set-password",
            // The embedded default's mail outbox: only for the developer at this machine (as MockMvc is), never remote.
            "/dev/outbox");
    private static final Map<String, String> SAMPLES = Map.of("sectionId", "consent", "tableId", "family-members",
            "rowId", "m1", "id", "some-id", "token", "some-token",
            "assessmentId", "a-sample");

    @Autowired
    ApplicationContext context;

    @Test
    void everyAddressButThePublicOnesSendsASignedOutVisitorToSignIn() throws Exception {
        List<Endpoint> checked = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (Endpoint endpoint : Endpoints.of(context).all()) {
            if (isPublic(endpoint)) {
                continue;
            }
            // With a valid CSRF token: what refuses the visitor must be the sign-in rule itself.
            MockHttpServletResponse response = mvc.perform(request(endpoint.method(), endpoint.path("a-1", SAMPLES))
                    .accept(MediaType.TEXT_HTML).with(csrf())).andReturn().getResponse();
            String location = response.getRedirectedUrl();
            if (response.getStatus() != 302 || location == null || !location.endsWith("/sign-in")) {
                open.add(endpoint + " answered " + response.getStatus() + (location == null ? "" : " → " + location));
            }
            checked.add(endpoint);
        }

        assertThat(open).as("addresses a signed-out visitor reaches").isEmpty();
        assertThat(checked).as("the wizard, the dashboard, delete, the PDF, keep-alive…").hasSizeGreaterThanOrEqualTo(20)
                .extracting(Endpoint::toString)
                .contains("GET /", "GET /assessments/{assessmentId}", "POST /assessments/{assessmentId}/sections/{sectionId}",
                        "POST /assessments/{assessmentId}/delete", "POST /session/keep-alive");
    }

    @Test
    void thePublicPagesExistAndAreOpen() throws Exception {
        List<String> mapped = Endpoints.of(context).all().stream().map(Endpoint::toString).toList();
        assertThat(mapped).as("public pages that no longer exist should leave the list").containsAll(
                PUBLIC.stream().filter(page -> !page.endsWith("/error")).toList());
        for (String page : List.of("/sign-in", "/accessibility", "/privacy", "/cookies")) {
            assertThat(mvc.perform(request(org.springframework.http.HttpMethod.GET, page)).andReturn().getResponse()
                    .getStatus()).as(page).isEqualTo(200);
        }
    }

    private static boolean isPublic(Endpoint endpoint) {
        return PUBLIC.contains(endpoint.toString()) || PUBLIC_PREFIXES.stream().anyMatch(endpoint.pattern()::startsWith);
    }
}
