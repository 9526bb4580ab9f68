package uk.earlyhelp.portal.errorpage;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Chooses the page for an error, by status. The model gets nothing from Spring's error attributes: a page
 * about children must not echo exception messages or request details back.
 */
// Before Boot's own resolver, which would look for templates/error/<status>.html.
@Order(0)
@Component
class ErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String page = switch (status) {
            case NOT_FOUND -> "pages/error/page-not-found";
            case FORBIDDEN -> "pages/error/forbidden";
            default -> "pages/error/problem";
        };
        return new ModelAndView(page, Map.of(), status);
    }
}
