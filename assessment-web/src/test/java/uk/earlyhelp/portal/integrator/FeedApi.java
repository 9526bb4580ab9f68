package uk.earlyhelp.portal.integrator;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import java.util.ArrayList;
import java.util.List;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An integrator's consumer, as its own code would be written: the CloudEvents Java SDK reads each batch; the cursor
 * comes from {@code X-Next-Cursor}. Every byte received is kept, for tests that search them.
 */
final class FeedApi {

    static final String EVENTS = "/api/v1/events";
    private static final ObjectMapper CLOUD_EVENTS = new ObjectMapper()
            .registerModule(JsonFormat.getCloudEventJacksonModule());

    private final MockMvc mvc;
    private final String token;
    private final StringBuilder received = new StringBuilder();

    FeedApi(MockMvc mvc, String token) {
        this.mvc = mvc;
        this.token = token;
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.header("Authorization", "Bearer " + token))
                .andReturn().getResponse();
        received.append(response.getHeaderNames().stream().map(name -> name + ": " + response.getHeaders(name))
                .toList()).append(response.getContentAsString());
        return response;
    }

    /** One page; {@code after} null for the start. */
    Page page(String after, int limit) throws Exception {
        MockHttpServletRequestBuilder request = get(EVENTS).param("limit", Integer.toString(limit));
        if (after != null) {
            request.param("after", after);
        }
        MockHttpServletResponse response = call(request);
        if (response.getStatus() != 200) {
            throw new AssertionError("feed answered " + response.getStatus() + ": " + response.getContentAsString());
        }
        List<CloudEvent> events = CLOUD_EVENTS.readValue(response.getContentAsByteArray(), new TypeReference<>() { });
        return new Page(events, response.getHeader("X-Next-Cursor"));
    }

    /** Reads on from {@code after} until a page comes back empty; the events, and the cursor to read on from. */
    Page readToTheEnd(String after, int limit) throws Exception {
        List<CloudEvent> all = new ArrayList<>();
        String cursor = after;
        for (int pages = 0; pages < 10_000; pages++) {
            Page page = page(cursor, limit);
            cursor = page.next() == null ? cursor : page.next();
            if (page.events().isEmpty()) {
                return new Page(all, cursor);
            }
            all.addAll(page.events());
        }
        throw new AssertionError("the feed never ended");
    }

    String received() {
        return received.toString();
    }

    record Page(List<CloudEvent> events, String next) {
        List<String> ids() {
            return events.stream().map(CloudEvent::getId).toList();
        }
    }
}
