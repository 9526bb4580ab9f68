package uk.earlyhelp.portal.integrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.earlyhelp.feed.client.ApiCalls;
import uk.earlyhelp.feed.client.IntegratorClients;
import uk.earlyhelp.feed.client.IssuedToken;
import uk.earlyhelp.feed.cloudevent.EventGroup;
import uk.earlyhelp.portal.MovableClock;
import uk.earlyhelp.portal.PortalWebTest;

/** Precise refusals, and nothing leaked: every 4xx of the API is problem+json, and the API never sets a cookie. */
class IntegratorApiErrorsTest extends PortalWebTest {

    private static final String PROBLEM = "application/problem+json";

    @Autowired
    IntegratorClients clients;
    @Autowired
    ApiCalls calls;
    @Autowired
    MovableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void withoutAWrongOrAMalformedTokenTheAnswerIs401WithABearerChallenge() throws Exception {
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {events(),
                events().header("Authorization", "Bearer ehp_not-a-token"),
                events().header("Authorization", "Basic YWRtaW46YWRtaW4="),
                events().header("Authorization", "Bearer ")}) {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getContentType()).isEqualTo(PROBLEM);
            assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
            assertThat(response.getHeader("Set-Cookie")).isNull();
            assertThat(response.getContentAsString()).contains("\"status\":401").doesNotContain("not-a-token");
        }
    }

    @Test
    void aPortalSessionDoesNotOpenTheApiNorDoesTheApiAskForCsrf() throws Exception {
        MockHttpSession signedIn = (MockHttpSession) mvc.perform(formLogin("/sign-in").userParameter("email")
                .user(PRACTITIONER).password(DEMO_PASSWORD)).andReturn().getRequest().getSession();
        assertThat(mvc.perform(get("/").session(signedIn)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(events().session(signedIn)).andReturn().getResponse().getStatus()).isEqualTo(401);
        IssuedToken issued = clients.add(name(), Set.of(EventGroup.ASSESSMENTS), false);
        MockHttpServletResponse posted = mvc.perform(post("/api/v1/events")
                .header("Authorization", "Bearer " + issued.token())).andReturn().getResponse();
        assertThat(posted.getStatus()).isEqualTo(405);
        assertThat(posted.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() throws Exception {
        IssuedToken issued = clients.add(name(), Set.of(EventGroup.ASSESSMENTS), false);
        assertThat(status(issued.token(), events())).isEqualTo(200);

        assertThat(clients.revoke(issued.client().id())).isTrue();

        assertThat(status(issued.token(), events())).isEqualTo(401);
        assertThat(clients.rotate(issued.client().id())).isEmpty();
    }

    @Test
    void afterARotationTheOldAndNewTokensBothWorkUntilTheGracePeriodEnds() throws Exception {
        IssuedToken old = clients.add(name(), Set.of(EventGroup.ASSESSMENTS), false);
        IssuedToken rotated = clients.rotate(old.client().id()).orElseThrow();

        assertThat(status(old.token(), events())).isEqualTo(200);
        assertThat(status(rotated.token(), events())).isEqualTo(200);

        clock.advance(Duration.ofHours(24).plusSeconds(1));

        assertThat(status(old.token(), events())).isEqualTo(401);
        assertThat(status(rotated.token(), events())).isEqualTo(200);
    }

    @Test
    void aTypeOutsideTheClientsGroupsIs403() throws Exception {
        IssuedToken issued = clients.add(name(), Set.of(EventGroup.ASSESSMENTS), false);

        MockHttpServletResponse response = call(issued.token(),
                events().param("type", "uk.earlyhelp.relationship.ChildRecorded.v1"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).isEqualTo(PROBLEM);
    }

    @Test
    void aBadCursorLimitOrTypeIs400WithAProblemSayingWhich() throws Exception {
        String token = clients.add(name(), Set.of(EventGroup.values()), false).token();

        assertThat(problem(token, events().param("after", "not-a-cursor"))).contains("after is not a cursor");
        assertThat(problem(token, events().param("after", "eyJ2IjoxLCJpIjotNH0"))).contains("after is not a cursor");
        for (String limit : new String[] {"0", "1001", "ten", "-1", ""}) {
            assertThat(problem(token, events().param("limit", limit))).as(limit).contains("limit must be");
        }
        assertThat(problem(token, events().param("type", "uk.earlyhelp.assessment.SectionSaved.v9")))
                .contains("type is not an event type");
        assertThat(status(token, events().param("limit", "1000"))).isEqualTo(200);
    }

    @Test
    void pastItsRateAClientGets429WithRetryAfterAndOtherClientsGoOn() throws Exception {
        String busy = clients.add(name(), Set.of(EventGroup.DELIVERIES), false).token();
        MockHttpServletResponse refused = null;
        for (int i = 0; i < 300 && refused == null; i++) {
            MockHttpServletResponse response = call(busy, events().param("limit", "1"));
            refused = response.getStatus() == 429 ? response : null;
        }

        assertThat(refused).as("no 429 after 300 requests").isNotNull();
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 60);
        assertThat(refused.getContentType()).isEqualTo(PROBLEM);
        String calm = clients.add(name(), Set.of(EventGroup.DELIVERIES), false).token();
        assertThat(status(calm, events())).isEqualTo(200);
    }

    @Test
    void everyCallOfAClientIsRecordedWithItsAnswer() throws Exception {
        IssuedToken issued = clients.add(name(), Set.of(EventGroup.ASSESSMENTS), false);
        status(issued.token(), events());
        status(issued.token(), events().param("limit", "0"));
        status(issued.token(), events().param("type", "uk.earlyhelp.delivery.DeliveredToMosaic.v1"));

        assertThat(calls.count(issued.client().id())).isEqualTo(3);
        assertThat(clients.all()).filteredOn(activity -> activity.client().id().equals(issued.client().id()))
                .singleElement().satisfies(activity -> {
                    assertThat(activity.calls()).isEqualTo(3);
                    assertThat(activity.lastCall()).isNotNull();
                });
    }

    private static MockHttpServletRequestBuilder events() {
        return get(FeedApi.EVENTS);
    }

    private static String name() {
        return "Client " + UUID.randomUUID();
    }

    private MockHttpServletResponse call(String token, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token)).andReturn().getResponse();
    }

    private int status(String token, MockHttpServletRequestBuilder request) throws Exception {
        return call(token, request).getStatus();
    }

    private String problem(String token, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = call(token, request);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo(PROBLEM);
        return response.getContentAsString();
    }
}
