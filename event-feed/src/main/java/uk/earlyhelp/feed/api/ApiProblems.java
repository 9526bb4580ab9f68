package uk.earlyhelp.feed.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * RFC 9457 problem details written straight to the response, for the answers given before any controller runs (no
 * or a bad token, too many requests). Nothing in them echoes what the client sent.
 */
public final class ApiProblems {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiProblems() {
    }

    static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(PROBLEM_JSON);
        response.getOutputStream().write(body(status, detail));
    }

    public static ResponseEntity<byte[]> entity(HttpStatus status, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(PROBLEM_JSON))
                .body(body(status, detail));
    }

    private static byte[] body(HttpStatus status, String detail) {
        ObjectNode problem = JSON.createObjectNode()
                .put("type", "about:blank")
                .put("title", status.getReasonPhrase())
                .put("status", status.value())
                .put("detail", detail);
        return problem.toString().getBytes(StandardCharsets.UTF_8);
    }
}
