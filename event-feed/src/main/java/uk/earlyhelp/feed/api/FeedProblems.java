package uk.earlyhelp.feed.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.earlyhelp.feed.reading.BadCursor;

/** The feed's and the stream's refusals as problem+json (RFC 9457): what was wrong, never what was sent. */
@RestControllerAdvice(basePackages = "uk.earlyhelp.feed")
class FeedProblems {

    @ExceptionHandler(BadCursor.class)
    ResponseEntity<byte[]> badCursor() {
        return ApiProblems.entity(HttpStatus.BAD_REQUEST,
                "after is not a cursor of this feed: use one the feed gave (X-Next-Cursor), or none to start");
    }

    @ExceptionHandler(FeedRequest.BadFeedRequest.class)
    ResponseEntity<byte[]> badRequest(FeedRequest.BadFeedRequest problem) {
        return ApiProblems.entity(HttpStatus.BAD_REQUEST, problem.getMessage());
    }

    @ExceptionHandler(FeedRequest.TypeOutOfScope.class)
    ResponseEntity<byte[]> outOfScope(FeedRequest.TypeOutOfScope problem) {
        return ApiProblems.entity(HttpStatus.FORBIDDEN, problem.getMessage());
    }
}
