package uk.earlyhelp.feed.api;

import io.cloudevents.CloudEvent;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import uk.earlyhelp.feed.client.IntegratorClient;
import uk.earlyhelp.feed.cloudevent.CloudEventMapping;
import uk.earlyhelp.feed.cloudevent.PublishedType;
import uk.earlyhelp.feed.cloudevent.PublishedTypes;
import uk.earlyhelp.feed.reading.EventFeed;
import uk.earlyhelp.feed.reading.FeedPage;

/**
 * {@code GET /api/v1/events}: a page of the store's events as a CloudEvents JSON batch, in global order, with the
 * cursor to read on from in {@code X-Next-Cursor}, a {@code Link rel="next"}, and each event's own {@code cursor}
 * extension attribute (docs/integrators.md, docs/integrators-openapi.yaml).
 */
@RestController
class EventsController {

    static final String PATH = "/api/v1/events";
    static final String NEXT_CURSOR = "X-Next-Cursor";

    private final EventFeed feed;
    private final CloudEventMapping mapping;

    EventsController(EventFeed feed, CloudEventMapping mapping) {
        this.feed = feed;
        this.mapping = mapping;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> events(@RequestParam(required = false) String after,
                                  @RequestParam(required = false) String limit,
                                  @RequestParam(required = false) String type) {
        IntegratorClient client = ApiClients.current().orElseThrow();
        FeedRequest request = FeedRequest.of(after, limit, type, client);
        FeedPage page = feed.read(request.after(), request.limit(), event -> wanted(event, request, client));
        List<CloudEvent> events = page.entries().stream()
                .map(entry -> mapping.map(entry.event(), client.redacted(), entry.cursor()))
                .flatMap(Optional::stream).toList();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CloudEventBatch.MEDIA_TYPE))
                .cacheControl(CacheControl.noStore());
        if (page.nextCursor() != null) {
            String next = UriComponentsBuilder.fromPath(PATH).queryParam("after", page.nextCursor())
                    .queryParam("limit", request.limit()).queryParamIfPresent("type", Optional.ofNullable(type))
                    .build().encode().toUriString();
            response.header(NEXT_CURSOR, page.nextCursor()).header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response.body(CloudEventBatch.write(events));
    }

    private static boolean wanted(TrackedEventMessage<?> event, FeedRequest request, IntegratorClient client) {
        Optional<PublishedType> published = PublishedTypes.ofPayload(event.getPayloadType());
        return published.isPresent() && client.mayRead(published.get())
                && request.type().map(published.get()::equals).orElse(true);
    }
}
