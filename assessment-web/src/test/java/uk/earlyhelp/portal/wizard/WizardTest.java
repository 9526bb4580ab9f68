package uk.earlyhelp.portal.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.earlyhelp.portal.PortalWebTest;

/** The wizard through HTTP, as the signed-in practitioner, with the event store to see what each step left behind. */
abstract class WizardTest extends PortalWebTest {

    static final String FORM = "early-help-assessment";
    private static final Pattern ROW_ID = Pattern.compile("name=\"rowId\" value=\"([a-z0-9]+)\"");

    @Autowired
    EventStorageEngine eventStore;

    /** Starts a new assessment as the practitioner, the way the dashboard's Start button does, and returns its id. */
    String start() throws Exception {
        String location = mvc.perform(post("/assessments").param("formId", FORM).with(signedInAs(PRACTITIONER)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/assessments/");
        return location.substring("/assessments/".length());
    }

    String page(String url) throws Exception {
        var response = mvc.perform(get(url).with(signedInAs(PRACTITIONER))).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET " + url).isEqualTo(200);
        return response.getContentAsString();
    }

    /** A form post as the practitioner; {@code params} are name, value, name, value… */
    ResultActions submit(String url, String... params) throws Exception {
        return mvc.perform(form(post(url), params).with(signedInAs(PRACTITIONER)).with(csrf()));
    }

    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String... params) {
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }

    /** The id the "add" page of a table issues for its next row (RowIds). */
    String newRowId(String id, String tableId) throws Exception {
        Matcher matcher = ROW_ID.matcher(page("/assessments/" + id + "/tables/" + tableId + "/rows/new"));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    List<Object> events(String assessmentId) {
        return eventStore.readEvents(assessmentId).asStream().map(event -> (Object) event.getPayload()).toList();
    }
}
