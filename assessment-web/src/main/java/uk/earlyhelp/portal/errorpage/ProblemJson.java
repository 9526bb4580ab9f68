package uk.earlyhelp.portal.errorpage;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The problem+json (RFC 9457) body of an error answered to a client that asked for JSON: its status and the status's
 * standard title, nothing about the request or the exception. Written by hand, as the same body is written both
 * inside Spring MVC and by Tomcat's error valve, where no message converter runs.
 */
final class ProblemJson {

    private ProblemJson() {
    }

    static String body(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + "}";
    }

    static void write(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body(status));
    }
}
