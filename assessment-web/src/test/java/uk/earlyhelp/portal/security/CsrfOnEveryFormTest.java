package uk.earlyhelp.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import uk.earlyhelp.assessment.api.AddFamilyMember;
import uk.earlyhelp.assessment.api.StartAssessment;
import uk.earlyhelp.portal.PortalWebTest;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.security.Endpoints.Endpoint;
import uk.earlyhelp.relationship.api.ChildDetails;
import uk.earlyhelp.relationship.api.ChildSource;
import uk.earlyhelp.relationship.api.RecordChild;

/**
 * CSRF protection on everything that changes anything: every form of every page carries the token, and every POST
 * address of the portal, as Spring MVC maps it, refuses a signed-in user's request without it.
 */
class CsrfOnEveryFormTest extends PortalWebTest {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern POST = Pattern.compile("method=\"post\"", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> SAMPLES = Map.of("sectionId", "family-details", "tableId", "family-members",
            "rowId", "m1", "id", "some-id", "token", "some-token",
            "assessmentId", "a-sample");

    @Autowired
    ApplicationContext context;
    @Autowired
    ActingUserCommandGateway commands;
    @Autowired
    EventStorageEngine eventStore;
    @Autowired
    Accounts accounts;

    @Test
    void everyFormOnEveryPageCarriesTheCsrfToken() throws Exception {
        String id = draft();
        // {id} is a child of the demo coordinator's locality, so that the child's pages (and their forms) open for them.
        Map<String, String> samples = new HashMap<>(SAMPLES);
        samples.put("id", child());
        // The auditors' pages of that draft (audit package): its history and the assessment after its first event.
        samples.put("assessmentId", id);
        samples.put("number", "1");
        samples.put("childId", samples.get("id"));
        samples.put("accountId", accounts.findByEmail(PRACTITIONER).orElseThrow().id());
        List<String> pages = new ArrayList<>();
        List<String> unprotected = new ArrayList<>();
        // Each role sees pages (and forms) of its own: the coordinator's queue, the administrator's staff accounts.
        for (String user : List.of(PRACTITIONER, "coordinator@example.org", "auditor@example.org", "admin@example.org")) {
            for (Endpoint endpoint : Endpoints.of(context).all()) {
                if (endpoint.method() != HttpMethod.GET) {
                    continue;
                }
                MockHttpServletResponse page = mvc.perform(request(HttpMethod.GET, endpoint.path(id, samples))
                        .with(signedInAs(user))).andReturn().getResponse();
                if (page.getStatus() != 200 || page.getContentType() == null
                        || !page.getContentType().startsWith("text/html")) {
                    continue;
                }
                pages.add(endpoint.pattern());
                Matcher form = FORM.matcher(page.getContentAsString());
                while (form.find()) {
                    if (POST.matcher(form.group(1)).find() && !form.group(2).contains("name=\"_csrf\"")) {
                        unprotected.add(user + " " + endpoint.pattern() + ": <form" + form.group(1) + ">");
                    }
                }
            }
        }
        String signIn = mvc.perform(request(HttpMethod.GET, "/sign-in")).andReturn().getResponse().getContentAsString();
        assertThat(signIn).contains("name=\"_csrf\"");

        assertThat(unprotected).isEmpty();
        assertThat(pages).as("pages with forms checked").contains("/", "/assessments/{assessmentId}",
                "/assessments/{assessmentId}/sections/{sectionId}", "/assessments/{assessmentId}/tables/{tableId}/rows/new",
                "/assessments/{assessmentId}/tables/{tableId}/rows/{rowId}/remove", "/assessments/{assessmentId}/delete",
                "/assessments/{assessmentId}/check", "/coordinator/requests", "/admin/accounts", "/admin/accounts/new",
                "/coordinator/children/new", "/children/{id}", "/children/{id}/change");
    }

    @Test
    void everyPostWithoutTheTokenIsRefusedAndChangesNothing() throws Exception {
        String id = draft();
        List<Object> before = events(id);
        List<String> accepted = new ArrayList<>();
        for (Endpoint endpoint : Endpoints.of(context).all()) {
            if (endpoint.method() == HttpMethod.GET || endpoint.pattern().equals("/error")) {
                continue;
            }
            int status = mvc.perform(request(endpoint.method(), endpoint.path(id, SAMPLES)).with(signedInAs(PRACTITIONER))
                    .param("formId", "early-help-assessment").param("outcomeReason", "Without a token")
                    .param("name", "Without a token")).andReturn().getResponse().getStatus();
            if (status != 403) {
                accepted.add(endpoint + " answered " + status);
            }
        }

        assertThat(accepted).isEmpty();
        assertThat(events(id)).isEqualTo(before);
    }

    private String draft() {
        String id = "a-" + UUID.randomUUID();
        commands.send(new StartAssessment(id, "early-help-assessment", accountIdOf(PRACTITIONER)), accountIdOf(PRACTITIONER));
        commands.send(new AddFamilyMember(id, "m1", Map.of("name", List.of("Gwendolyn Token"), "dateOfBirth",
                List.of("1990-05-09"), "gender", List.of("female"), "relationship", List.of("mother"), "ethnicity",
                List.of("white-british"))), PRACTITIONER);
        return id;
    }

    /** A child record of North, the demo coordinator's locality. */
    private String child() {
        String childId = "c-" + UUID.randomUUID();
        String coordinator = "coordinator@example.org";
        commands.send(new RecordChild(childId, "North", new ChildDetails("Tobias", "Token", "2019-03-14", "", "", "", "",
                ""), ChildSource.COORDINATOR, null, null, accounts.findByEmail(coordinator).orElseThrow().id()), coordinator);
        return childId;
    }

    private List<Object> events(String id) {
        return eventStore.readEvents(id).asStream().map(event -> (Object) event.getPayload()).toList();
    }
}
