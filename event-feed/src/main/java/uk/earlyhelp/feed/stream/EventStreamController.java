package uk.earlyhelp.feed.stream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.earlyhelp.feed.api.ApiClients;
import uk.earlyhelp.feed.api.ApiProblems;
import uk.earlyhelp.feed.reading.FeedCursor;

/**
 * {@code GET /api/v1/events/stream}: the feed, live, as Server-Sent Events. It starts after {@code Last-Event-ID} (what
 * a browser's or library's EventSource sends when it reconnects), else after {@code after}, else at the first event.
 * A bad cursor is a 400 (the feed's advice answers it).
 */
@RestController
class EventStreamController {

    private final EventStreams streams;

    EventStreamController(EventStreams streams) {
        this.streams = streams;
    }

    @GetMapping(path = "/api/v1/events/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                      @RequestParam(required = false) String after) {
        String cursor = lastEventId != null ? lastEventId : after;
        return streams.open(ApiClients.current().orElseThrow(), cursor == null ? null : FeedCursor.decode(cursor));
    }

    @ExceptionHandler(EventStreams.StreamsFull.class)
    ResponseEntity<byte[]> full(EventStreams.StreamsFull full) {
        ResponseEntity<byte[]> problem = ApiProblems.entity(HttpStatus.SERVICE_UNAVAILABLE, full.getMessage());
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, "30").body(problem.getBody());
    }
}
