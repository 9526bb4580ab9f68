package uk.earlyhelp.portal.errorpage;

import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.ModelAndView;

/**
 * Chooses the page for an error, by status. No page gets anything from Spring's error attributes or the request: a
 * page about children must not echo exception messages or request details back.
 */
final class ErrorPages {

    static final String NOT_FOUND = "pages/error/page-not-found";
    static final String EXPLAINED = "pages/error/explained";

    private ErrorPages() {
    }

    static ModelAndView pageFor(int status) {
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        return status == 404 ? new ModelAndView(NOT_FOUND, Map.of(), code)
                : new ModelAndView(EXPLAINED, Map.of("page", messagesFor(status)), code);
    }

    /** The errorPage.&lt;name&gt; messages that explain a status. */
    static String messagesFor(int status) {
        return switch (status) {
            case 403 -> "forbidden";
            case 413 -> "tooLarge";
            default -> status < 500 ? "badRequest" : "problem";
        };
    }
}
