package uk.earlyhelp.portal.errorpage;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error Spring MVC or a filter sends (the container forwards it here): the portal's own GOV.UK page, or
 * problem+json where JSON was asked for ({@link JsonAsked}). Replaces Boot's BasicErrorController, which answers
 * its own JSON to any client whose Accept does not name HTML (a browser's form post with {@code Accept: *}{@code /*}).
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class PortalErrorController implements ErrorController {

    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = statusOf(request);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (JsonAsked.by(path instanceof String uri ? uri : request.getRequestURI(), request.getHeader("Accept"))) {
            ProblemJson.write(response, status);
            return null;
        }
        return ErrorPages.pageFor(status);
    }

    /** A visit to /error itself has no error status: it is treated as the service's own problem. */
    private static int statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer status && status >= 400 && status <= 599 ? status : 500;
    }
}
