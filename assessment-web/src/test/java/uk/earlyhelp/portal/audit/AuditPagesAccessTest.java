package uk.earlyhelp.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.security.HttpBrowser;

/**
 * Every auditor page is the auditor's alone, and for everyone else it does not exist: practitioners (the author
 * included), coordinators, administrators and signed-out visitors get the portal's "Page not found", as an auditor
 * does for an id that is not in the store.
 */
class AuditPagesAccessTest extends PortalWebTest {

    static final String AUDITOR = "auditor@example.org";
    private static final List<String> OTHERS = List.of(PRACTITIONER, SECOND_PRACTITIONER, "coordinator@example.org",
            "admin@example.org");

    @Autowired
    ActingUserCommandGateway commands;
    private String id;

    @BeforeEach
    void anAssessment() {
        id = AuditedAssessments.submitted(commands, accountIdOf(PRACTITIONER));
    }

    private List<String> pages(String assessmentId) {
        return List.of("/audit", "/audit?name=Smith&status=DELETED", AuditPaths.assessment(assessmentId),
                AuditPaths.asAt(assessmentId, 1), AuditPaths.asAtPdf(assessmentId, 1), AuditPaths.csv(assessmentId),
                AuditPaths.json(assessmentId));
    }

    @Test
    void everyOtherRoleIsToldThePageIsNotFound() throws Exception {
        for (String user : OTHERS) {
            for (String page : pages(id)) {
                String body = mvc.perform(get(page).with(signedInAs(user))).andExpect(status().isNotFound())
                        .andReturn().getResponse().getContentAsString();
                assertThat(body).as(user + " " + page).doesNotContain("Mary Smith", id);
            }
        }
    }

    @Test
    void aSignedOutVisitorIsToldThePageIsNotFoundAndNotSentToSignIn() throws Exception {
        for (String page : pages(id)) {
            mvc.perform(get(page)).andExpect(status().isNotFound());
        }
    }

    @Test
    void overRealHttpTheRefusalIsThePortalsOwnNotFoundPage() throws Exception {
        var practitioner = new HttpBrowser(port);
        practitioner.signIn(PRACTITIONER, DEMO_PASSWORD);
        var auditor = new HttpBrowser(port);
        auditor.signIn(AUDITOR, DEMO_PASSWORD);
        var signedOut = new HttpBrowser(port);

        for (var response : List.of(asBrowser(practitioner, AuditPaths.assessment(id)),
                asBrowser(signedOut, AuditPaths.assessment(id)), asBrowser(auditor, AuditPaths.assessment("no-such-assessment")))) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("<h1 class=\"govuk-heading-l\">Page not found</h1>");
        }
        assertThat(asBrowser(auditor, AuditPaths.assessment(id)).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyAdministratorsSeeTheAccessLogAndItNamesTheAuditorAndWhatTheyRead() throws Exception {
        mvc.perform(get(AuditPaths.assessment(id)).with(signedInAs(AUDITOR))).andExpect(status().isOk());
        for (String user : List.of(AUDITOR, PRACTITIONER, "coordinator@example.org")) {
            mvc.perform(get("/admin/audit-access").with(signedInAs(user))).andExpect(status().isForbidden());
        }
        String log = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(get("/admin/audit-access")
                .with(signedInAs("admin@example.org"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(log).contains("Who read what", "Demo Auditor (Auditor, Demo Council)", "Opened an assessment's history", id)
                .doesNotContain("<form method=\"post\"");
    }

    // As a browser asks for a page (Accept: text/html), with the session the sign-in gave.
    private HttpResponse<String> asBrowser(HttpBrowser browser, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (browser.sessionCookie != null) request.header("Cookie", "JSESSIONID=" + browser.sessionCookie);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAuditorOpensEveryPage() throws Exception {
        for (String page : pages(id)) {
            mvc.perform(get(page).with(signedInAs(AUDITOR))).andExpect(status().isOk());
        }
        for (String page : List.of(AuditPaths.assessment("no-such-id"), AuditPaths.asAt(id, 99), AuditPaths.asAt(id, 0),
                AuditPaths.assessment("bad~id"))) {
            mvc.perform(get(page).with(signedInAs(AUDITOR))).andExpect(status().isNotFound());
        }
    }
}
