package uk.earlyhelp.portal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.earlyhelp.assessment.api.AddFamilyMember;
import uk.earlyhelp.assessment.api.FamilyMemberAdded;
import uk.earlyhelp.assessment.api.SectionSaved;
import uk.earlyhelp.assessment.api.StartAssessment;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;

/**
 * A save posted after the session timed out (so with no session, and a CSRF token nobody holds any more) is kept,
 * and saved once its author signs in again: through the page's own controller, to their own assessment only.
 */
@ExtendWith(OutputCaptureExtension.class)
class SaveAfterTimeoutTest extends PortalWebTest {

    private static final String PORTAL = "http://localhost";

    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    EventStorageEngine eventStore;
    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void aSavePostedAfterTheTimeOutIsKeptUntilTheAuthorSignsInAndThenSavedAsIfNothingHadHappened() throws Exception {
        String id = draftOf(PRACTITIONER);
        String outcome = "/assessments/" + id + "/sections/outcome";

        MvcResult posted = mvc.perform(afterTimeout(post(outcome)).param("outcome", "team-around-family")
                        .param("outcomeReason", "Typed as the session ended").param("wizard-next", "save"))
                .andExpect(redirectedUrl("/sign-in?timedOut"))
                .andReturn();
        Cookie kept = keptCookie(posted);
        // Only a random token, out of scripts' reach, sent to this site alone, for as long as the save is kept.
        assertThat(posted.getResponse().getHeaders("Set-Cookie")).filteredOn(set -> set.startsWith(KeptSaveCookie.NAME + "="))
                .singleElement().asString().matches(KeptSaveCookie.NAME + "=[A-Za-z0-9_-]{43}; .*")
                .contains("; Path=/", "; Max-Age=86400", "; HttpOnly", "; SameSite=Strict").doesNotContain("Typed");
        assertThat(events(id)).hasSize(1); // nothing applied before signing in
        mvc.perform(get("/sign-in").param("timedOut", ""))
                .andExpect(content().string(containsString("Your session timed out. Sign in to save your answers")));

        MvcResult signedIn = signIn(PRACTITIONER, kept).andExpect(redirectedUrl(outcome)).andReturn();
        assertThat(signedIn.getResponse().getCookie(KeptSaveCookie.NAME).getMaxAge()).isZero();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);

        mvc.perform(get(outcome).session(session))
                .andExpect(redirectedUrl(outcome))
                .andExpect(flash().attribute("banner", "Saved"));
        assertThat(events(id)).last().isEqualTo(new SectionSaved(id, "outcome", Map.of(
                "outcome", List.of("team-around-family"), "outcomeReason", List.of("Typed as the session ended"))));

        // Replayed once only: the page shows the saved answers from now on.
        mvc.perform(get(outcome).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Typed as the session ended")));
        assertThat(events(id)).hasSize(2);
    }

    @Test
    void anAutosaveAfterTheTimeOutIsKeptAndThePageIsToldSo() throws Exception {
        String id = draftOf(PRACTITIONER);
        String outcome = "/assessments/" + id + "/sections/outcome";

        Cookie kept = keptCookie(mvc.perform(afterTimeout(post(outcome + "/autosave")).accept(MediaType.APPLICATION_JSON)
                        .param("outcomeReason", "Autosaved as the session ended"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.saved").value(false))
                .andExpect(jsonPath("$.signedOut").value(true))
                .andReturn());

        assertReplayedOnSigningIn(kept, id, "Autosaved as the session ended");
    }

    /**
     * As in Chromium (SessionTimeoutBrowserTest): the autosave after the end is refused its CSRF token, and Spring
     * Security starts a new session for the fresh token it makes, whose cookie the browser sends with the next post.
     * The Save button pressed next is kept too, and it is what is replayed.
     */
    @Test
    void theSaveButtonPressedAfterAnAutosaveAfterTheTimeOutIsKeptToo() throws Exception {
        String id = draftOf(PRACTITIONER);
        String outcome = "/assessments/" + id + "/sections/outcome";

        EndedSession ended = endedSessionOf(PRACTITIONER);
        MvcResult autosaved = mvc.perform(ended.on(fromOurPage(post(outcome + "/autosave"))).accept(MediaType.APPLICATION_JSON)
                        .param("outcomeReason", "Autosaved after the end"))
                .andExpect(status().isUnauthorized()).andReturn();
        MvcResult saved = mvc.perform(fromOurPage(post(outcome)).with(thenWith(autosaved, ended.pass()))
                        .cookie(keptCookie(autosaved))
                        .param("outcomeReason", "Saved with the button after the end").param("wizard-next", "save"))
                .andExpect(redirectedUrl("/sign-in?timedOut")).andReturn();

        assertReplayedOnSigningIn(keptCookie(saved), id, "Saved with the button after the end");
    }

    /** After the end, another tab opens a page, or "Stay signed in" is pressed too late: each starts a new session. */
    @Test
    void aSaveAfterAPageRequestOrStaySignedInAfterTheTimeOutIsKeptToo() throws Exception {
        String id = draftOf(PRACTITIONER);
        String outcome = "/assessments/" + id + "/sections/outcome";
        EndedSession ended = endedSessionOf(PRACTITIONER);

        MvcResult otherTab = mvc.perform(ended.on(get("/")).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/sign-in")).andReturn();
        MvcResult saved = mvc.perform(fromOurPage(post(outcome)).with(thenWith(otherTab, ended.pass()))
                .param("outcomeReason", "Saved after another tab asked to sign in"))
                .andExpect(redirectedUrl("/sign-in?timedOut")).andReturn();

        MvcResult stayedTooLate = mvc.perform(ended.on(fromOurPage(post("/session/keep-alive"))))
                .andExpect(status().isForbidden()).andReturn();
        mvc.perform(fromOurPage(post(outcome + "/autosave")).with(thenWith(stayedTooLate, ended.pass()))
                        .accept(MediaType.APPLICATION_JSON).param("outcomeReason", "Autosaved after staying too late"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.signedOut").value(true));

        assertReplayedOnSigningIn(keptCookie(saved), id, "Saved after another tab asked to sign in");
    }

    @Test
    void aFamilyMemberAddedAfterTheTimeOutIsAddedOnceTheAuthorSignsIn() throws Exception {
        String id = draftOf(PRACTITIONER);
        String row = "/assessments/" + id + "/tables/family-members/rows/new";

        Matcher issued = Pattern.compile("name=\"rowId\" value=\"([a-z0-9]+)\"").matcher(mvc.perform(get(row)
                .with(signedInAs(PRACTITIONER))).andReturn().getResponse().getContentAsString());
        assertThat(issued.find()).isTrue();
        String rowId = issued.group(1);
        Cookie kept = keptCookie(mvc.perform(afterTimeout(post(row)).param("rowId", rowId).param("name", "Kept Smith")
                        .param("dateOfBirth-day", "9").param("dateOfBirth-month", "5").param("dateOfBirth-year", "1990")
                        .param("gender", "female").param("relationship", "mother").param("ethnicity", "white-british"))
                .andExpect(redirectedUrl("/sign-in?timedOut")).andReturn());

        MvcResult signedIn = signIn(PRACTITIONER, kept).andExpect(redirectedUrl(row)).andReturn();
        mvc.perform(get(row).session((MockHttpSession) signedIn.getRequest().getSession(false)))
                .andExpect(redirectedUrl("/assessments/" + id + "/sections/family-details"));
        assertThat(events(id)).last().isInstanceOfSatisfying(FamilyMemberAdded.class, added -> {
            assertThat(added.memberId()).isEqualTo(rowId);
            assertThat(added.details()).containsEntry("name", List.of("Kept Smith"));
        });
    }

    @Test
    void aKeptSaveThatCannotBeSavedShowsWhatWasTypedWithWhatIsWrong() throws Exception {
        String id = draftOf(PRACTITIONER);
        String details = "/assessments/" + id + "/sections/your-details";

        Cookie kept = keptCookie(mvc.perform(afterTimeout(post(details)).param("name", "Siân Typed-Late")
                        .param("completedOn-day", "31").param("completedOn-month", "9").param("completedOn-year", "2024"))
                .andReturn());
        MvcResult signedIn = signIn(PRACTITIONER, kept).andExpect(redirectedUrl(details)).andReturn();

        mvc.perform(get(details).session((MockHttpSession) signedIn.getRequest().getSession(false)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("value=\"Siân Typed-Late\"")))
                .andExpect(content().string(containsString("value=\"31\"")));
        assertThat(events(id)).hasSize(1);
    }

    @Test
    void someoneElseSigningInOnThatBrowserNeverHasItAndItIsGone(CapturedOutput output) throws Exception {
        String id = draftOf(PRACTITIONER);
        String outcome = "/assessments/" + id + "/sections/outcome";
        Cookie kept = keptCookie(mvc.perform(afterTimeout(post(outcome)).param("outcomeReason", "Not for anyone else"))
                .andReturn());

        int logged = output.getOut().length();
        signIn(SECOND_PRACTITIONER, kept).andExpect(redirectedUrl("/"));
        assertThat(output.getOut().substring(logged)).contains("Discarded", id)
                .doesNotContain(SECOND_PRACTITIONER, PRACTITIONER, "Not for anyone else");

        signIn(PRACTITIONER, kept).andExpect(redirectedUrl("/")); // single use: taken, then discarded
        assertThat(events(id)).hasSize(1);
    }

    @Test
    void aVisitorWhoWasNeverSignedInKeepsNothingWhateverTheyPost() throws Exception {
        String id = draftOf(PRACTITIONER);
        String outcome = "/assessments/" + id + "/sections/outcome";
        long before = keptRows();
        EndedSession practitioners = endedSessionOf(PRACTITIONER);

        MvcResult anonymous = mvc.perform(fromOurPage(post(outcome)).param("outcomeReason", "x".repeat(250_000)))
                .andExpect(status().isForbidden()).andReturn();
        MvcResult madeUpSession = mvc.perform(new EndedSession("a-session-that-never-was", practitioners.pass())
                .on(fromOurPage(post(outcome))).param("outcomeReason", "Forged")).andExpect(status().isForbidden()).andReturn();

        for (MvcResult refused : List.of(anonymous, madeUpSession)) {
            assertThat(refused.getResponse().getCookie(KeptSaveCookie.NAME)).isNull();
        }
        assertThat(keptRows()).isEqualTo(before);
    }

    @Test
    void aSavePlantedOnASharedBrowserIsNeverReplayedUnderTheNextPersonToSignIn() throws Exception {
        String theirs = draftOf(SECOND_PRACTITIONER);
        String outcome = "/assessments/" + theirs + "/sections/outcome";
        // The first practitioner's session timed out on a shared computer; a stranger posts to the second's page.
        Cookie planted = keptCookie(mvc.perform(afterTimeout(post(outcome)).param("outcome", "team-around-family")
                .param("outcomeReason", "Planted by a stranger")).andReturn());

        signIn(SECOND_PRACTITIONER, planted).andExpect(redirectedUrl("/"));

        assertThat(events(theirs)).hasSize(1);
    }

    @Test
    void aSaveFromAnotherSiteOrWithoutItsOriginIsRefusedAndNotKept() throws Exception {
        String id = draftOf(PRACTITIONER);
        String outcome = "/assessments/" + id + "/sections/outcome";

        MvcResult crossSite = mvc.perform(post(outcome).header("Sec-Fetch-Site", "cross-site").header("Origin", PORTAL)
                .param("outcomeReason", "Forged")).andExpect(status().isForbidden()).andReturn();
        MvcResult otherOrigin = mvc.perform(post(outcome).header("Origin", "https://evil.example")
                .param("outcomeReason", "Forged")).andExpect(status().isForbidden()).andReturn();
        MvcResult noOrigin = mvc.perform(post(outcome).param("outcomeReason", "Forged"))
                .andExpect(status().isForbidden()).andReturn();

        for (MvcResult refused : List.of(crossSite, otherOrigin, noOrigin)) {
            assertThat(refused.getResponse().getCookie(KeptSaveCookie.NAME)).isNull();
        }
        assertThat(events(id)).hasSize(1);
    }

    @Test
    void onlySavesAreKeptFinishingOrDeletingAfterTheTimeOutIsRefused() throws Exception {
        String id = draftOf(PRACTITIONER);

        for (String path : List.of("/assessments/" + id + "/finish", "/assessments/" + id + "/delete",
                "/assessments/" + id + "/tables/family-members/rows/m1/remove", "/assessments")) {
            MvcResult refused = mvc.perform(afterTimeout(post(path)).param("formId", "early-help-assessment"))
                    .andExpect(status().isForbidden()).andReturn();
            assertThat(refused.getResponse().getCookie(KeptSaveCookie.NAME)).as(path).isNull();
        }
        assertThat(events(id)).hasSize(1);
    }

    @Test
    void aSignedInPractitionerWhoseTokenIsStaleIsAskedToSignInBeforeTheSaveIsApplied() throws Exception {
        String id = draftOf(PRACTITIONER);
        String outcome = "/assessments/" + id + "/sections/outcome";

        Cookie kept = keptCookie(mvc.perform(afterTimeout(post(outcome)).with(signedInAs(PRACTITIONER))
                        .param("outcomeReason", "Typed in a tab opened before signing in again"))
                .andExpect(redirectedUrl("/sign-in?timedOut")).andReturn());
        assertThat(events(id)).hasSize(1);

        MvcResult signedIn = signIn(PRACTITIONER, kept).andExpect(redirectedUrl(outcome)).andReturn();
        mvc.perform(get(outcome).session((MockHttpSession) signedIn.getRequest().getSession(false)));
        assertThat(events(id)).hasSize(2);
    }

    @Test
    void signingOutAfterTheTimeOutSaysYouHaveSignedOutButASignedInUserStillNeedsTheToken() throws Exception {
        MvcResult signedOut = mvc.perform(afterTimeout(post("/sign-out"))).andExpect(redirectedUrl("/sign-in?signedOut"))
                .andReturn();
        assertThat(signedOut.getResponse().getCookie(SessionOwnerPass.NAME).getMaxAge()).as("the pass is gone").isZero();
        mvc.perform(afterTimeout(post("/sign-out")).with(signedInAs(PRACTITIONER))).andExpect(status().isForbidden());
    }

    /**
     * A post from the portal's own page whose session has ended: same origin, and a token no session holds, from the
     * browser where the practitioner had signed in (its old session id and its pass for that session).
     */
    private MockHttpServletRequestBuilder afterTimeout(MockHttpServletRequestBuilder request) throws Exception {
        return endedSessionOf(PRACTITIONER).on(fromOurPage(request));
    }

    private static MockHttpServletRequestBuilder fromOurPage(MockHttpServletRequestBuilder request) {
        return request.header("Sec-Fetch-Site", "same-origin").header("Origin", PORTAL)
                .param("_csrf", "a-token-of-a-session-that-has-ended");
    }

    /** Signs in as {@code email} through the sign-in form, then ends that session as a time-out would. */
    private EndedSession endedSessionOf(String email) throws Exception {
        MvcResult signedIn = mvc.perform(post("/sign-in").param("email", email).param("password", DEMO_PASSWORD).with(csrf()))
                .andExpect(authenticated().withUsername(accountIdOf(email))).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
        Cookie pass = signedIn.getResponse().getCookie(SessionOwnerPass.NAME);
        assertThat(pass).as("the session's pass").isNotNull();
        String id = session.getId();
        session.invalidate();
        return new EndedSession(id, new Cookie(pass.getName(), pass.getValue()));
    }

    /** What a browser still sends once its session has ended: the old session id, and its pass for that session. */
    private record EndedSession(String id, Cookie pass) {

        MockHttpServletRequestBuilder on(MockHttpServletRequestBuilder request) {
            return request.cookie(pass).with(sent -> {
                sent.setRequestedSessionId(id);
                sent.setRequestedSessionIdValid(false);
                return sent;
            });
        }
    }

    /** The practitioner signs in with the browser's kept save: its outcome page replays it, and it is saved. */
    private void assertReplayedOnSigningIn(Cookie kept, String id, String outcomeReason) throws Exception {
        String outcome = "/assessments/" + id + "/sections/outcome";
        MvcResult signedIn = signIn(PRACTITIONER, kept).andExpect(redirectedUrl(outcome)).andReturn();
        mvc.perform(get(outcome).session((MockHttpSession) signedIn.getRequest().getSession(false)))
                .andExpect(redirectedUrl(outcome));
        assertThat(events(id)).last().isEqualTo(
                new SectionSaved(id, "outcome", Map.of("outcomeReason", List.of(outcomeReason))));
    }

    /**
     * What the browser sends after {@code previous}: the session that request started (its cookie came back with the
     * response), and the pass that response set, else the one it had.
     */
    private static RequestPostProcessor thenWith(MvcResult previous, Cookie had) {
        MockHttpSession started = (MockHttpSession) previous.getRequest().getSession(false);
        assertThat(started).as("the session the portal started for the browser").isNotNull();
        Cookie set = previous.getResponse().getCookie(SessionOwnerPass.NAME);
        Cookie pass = set == null ? had : new Cookie(set.getName(), set.getValue());
        return sent -> {
            sent.setSession(started);
            sent.setRequestedSessionId(started.getId());
            List<Cookie> cookies = new java.util.ArrayList<>(sent.getCookies() == null ? List.of() : List.of(sent.getCookies()));
            cookies.removeIf(cookie -> cookie.getName().equals(SessionOwnerPass.NAME));
            cookies.add(pass);
            sent.setCookies(cookies.toArray(Cookie[]::new));
            return sent;
        };
    }

    private static Cookie keptCookie(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie(KeptSaveCookie.NAME);
        assertThat(cookie).as("the kept-save cookie").isNotNull();
        return new Cookie(cookie.getName(), cookie.getValue());
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String email, Cookie kept) throws Exception {
        return mvc.perform(post("/sign-in").param("email", email).param("password", DEMO_PASSWORD).with(csrf()).cookie(kept))
                .andExpect(authenticated().withUsername(accountIdOf(email)));
    }

    private long keptRows() {
        return org.springframework.jdbc.core.simple.JdbcClient.create(dataSource).sql("select count(*) from kept_save")
                .query(Long.class).single();
    }

    private String draftOf(String author) {
        String id = "a-" + UUID.randomUUID();
        commands.send(new StartAssessment(id, "early-help-assessment", accountIdOf(author)), accountIdOf(author));
        return id;
    }

    private List<Object> events(String id) {
        return eventStore.readEvents(id).asStream().map(event -> (Object) event.getPayload()).toList();
    }
}
