package uk.earlyhelp.portal.integrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.earlyhelp.feed.client.IntegratorClients;
import uk.earlyhelp.portal.PortalWebTest;

/** Acceptance 1 of the integrators' issue through the administrators' pages: add, token once, rotate, revoke. */
class IntegratorAdminPagesTest extends PortalWebTest {

    private static final String ADMIN = "admin@example.org";
    private static final String LIST = "/admin/integrators";
    private static final Pattern TOKEN = Pattern.compile("value=\"(ehp_[A-Za-z0-9_-]{43})\"");
    private static final Pattern REVOKE = Pattern.compile("/admin/integrators/([0-9a-f-]{36})/revoke");

    @Autowired
    IntegratorClients clients;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onlyAdministratorsReachThePages() throws Exception {
        for (String user : List.of(PRACTITIONER, "coordinator@example.org", "auditor@example.org")) {
            assertThat(mvc.perform(get(LIST).with(signedInAs(user))).andReturn().getResponse().getStatus())
                    .as(user).isEqualTo(403);
        }
        assertThat(mvc.perform(post(LIST + "/new").with(signedInAs(ADMIN)).param("name", "No token")
                .param("groups", "assessments").param("redacted", "no")).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(clients.all()).noneMatch(activity -> activity.client().name().equals("No token"));
    }

    @Test
    void aFormWithProblemsSaysWhichAndKeepsWhatWasTyped() throws Exception {
        String page = mvc.perform(post(LIST + "/new").with(csrf()).with(signedInAs(ADMIN))
                .param("name", "North <data> team").param("groups", "gossip"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("There is a problem", "href=\"#groups\"", "Select the events the client may read",
                "href=\"#redacted\"", "Select whether personal data should be redacted",
                "value=\"North &lt;data&gt; team\"").doesNotContain("ehp_");
        assertThat(mvc.perform(post(LIST + "/new").with(csrf()).with(signedInAs(ADMIN)).param("name", " ")
                .param("groups", "assessments").param("redacted", "no")).andReturn().getResponse()
                .getContentAsString()).contains("Enter the name of the client", "checked");
    }

    @Test
    void theTokenIsShownOnceStoredAsAHashAndWorksUntilRevoked() throws Exception {
        String name = "Data warehouse " + UUID.randomUUID();
        MockHttpServletResponse added = mvc.perform(post(LIST + "/new").with(csrf()).with(signedInAs(ADMIN))
                .param("name", name).param("groups", "assessments", "deliveries").param("redacted", "yes"))
                .andReturn().getResponse();
        String token = token(added);
        assertThat(added.getHeader("Cache-Control")).contains("no-store");
        assertThat(jdbc.queryForObject("select count(*) from integrator_token where token_hash = ?", Integer.class,
                token)).isZero();
        assertThat(jdbc.queryForList("select token_hash from integrator_token", String.class))
                .noneMatch(stored -> stored.contains(token.substring(4, 20)));

        FeedApi feed = new FeedApi(mvc, token);
        assertThat(feed.call(get(FeedApi.EVENTS)).getStatus()).isEqualTo(200);
        String list = page(get(LIST));
        assertThat(list).contains(name, "Assessments", "Deliveries into Mosaic", "Redacted", "Active",
                "Rotate token").doesNotContain(token);
        String id = idOf(list, name);

        String rotated = token(mvc.perform(post(LIST + "/" + id + "/rotate").with(csrf()).with(signedInAs(ADMIN)))
                .andReturn().getResponse());
        assertThat(rotated).isNotEqualTo(token);
        assertThat(new FeedApi(mvc, rotated).call(get(FeedApi.EVENTS)).getStatus()).isEqualTo(200);
        assertThat(feed.call(get(FeedApi.EVENTS)).getStatus()).as("the old token, in its grace period").isEqualTo(200);

        assertThat(page(get(LIST + "/" + id + "/revoke"))).contains("Revoke the access of " + name + "?");
        MockHttpServletResponse revoked = mvc.perform(post(LIST + "/" + id + "/revoke").with(csrf())
                .with(signedInAs(ADMIN))).andReturn().getResponse();
        assertThat(revoked.getRedirectedUrl()).isEqualTo(LIST);
        assertThat(feed.call(get(FeedApi.EVENTS)).getStatus()).isEqualTo(401);
        assertThat(new FeedApi(mvc, rotated).call(get(FeedApi.EVENTS)).getStatus()).isEqualTo(401);
        assertThat(page(get(LIST))).contains(name, "Revoked");
    }

    @Test
    void anUnknownOrRevokedClientIsPageNotFound() throws Exception {
        String id = clients.add("Gone " + UUID.randomUUID(), java.util.Set.of(uk.earlyhelp.feed.cloudevent.EventGroup
                .ASSESSMENTS), false).client().id();
        clients.revoke(id);
        for (MockHttpServletRequestBuilder request : List.of(get(LIST + "/" + id + "/revoke"),
                get(LIST + "/" + UUID.randomUUID() + "/revoke"), post(LIST + "/" + id + "/rotate").with(csrf()),
                post(LIST + "/" + id + "/revoke").with(csrf()))) {
            MockHttpServletResponse response = mvc.perform(request.with(signedInAs(ADMIN))).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getContentAsString()).contains("Page not found");
        }
    }

    @Test
    void aWebhookIsSetOnItsPageWithItsSecretShownOnceAndABadAddressIsRefusedAsTyped() throws Exception {
        String id = clients.add("Hooked " + UUID.randomUUID(), java.util.Set.of(uk.earlyhelp.feed.cloudevent.EventGroup
                .ASSESSMENTS), false).client().id();
        String webhookPage = LIST + "/" + id + "/webhook";
        assertThat(page(get(webhookPage))).contains("There are no parked deliveries.", "name=\"_csrf\"");

        String refused = mvc.perform(post(webhookPage).with(csrf()).with(signedInAs(ADMIN))
                .param("url", "http://hooks.example.org/in")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem", "href=\"#url\"", "value=\"http://hooks.example.org/in\"");

        MockHttpServletResponse set = mvc.perform(post(webhookPage).with(csrf()).with(signedInAs(ADMIN))
                .param("url", "http://127.0.0.1:9/in")).andReturn().getResponse();
        assertThat(set.getStatus()).isEqualTo(200);
        assertThat(set.getHeader("Cache-Control")).contains("no-store");
        assertThat(set.getContentAsString()).containsPattern("value=\"whsec_[A-Za-z0-9+/=]{44}\"");
        assertThat(page(get(webhookPage))).contains("http://127.0.0.1:9/in").doesNotContain("whsec_");
        clients.revoke(id);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(signedInAs(ADMIN))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static String token(MockHttpServletResponse page) throws Exception {
        assertThat(page.getStatus()).isEqualTo(200);
        Matcher token = TOKEN.matcher(page.getContentAsString());
        assertThat(token.find()).as("a token on the page").isTrue();
        return token.group(1);
    }

    private static String idOf(String list, String name) {
        String row = list.substring(list.indexOf(name));
        Matcher revoke = REVOKE.matcher(row);
        assertThat(revoke.find()).isTrue();
        return revoke.group(1);
    }
}
