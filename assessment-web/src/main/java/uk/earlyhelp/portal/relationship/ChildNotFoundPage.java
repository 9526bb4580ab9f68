package uk.earlyhelp.portal.relationship;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Answers {@link ChildNotFound} with the portal's GOV.UK "Page not found" and status 404. */
@ControllerAdvice(basePackageClasses = ChildNotFoundPage.class)
class ChildNotFoundPage {

    @ExceptionHandler(ChildNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "pages/error/page-not-found";
    }
}
