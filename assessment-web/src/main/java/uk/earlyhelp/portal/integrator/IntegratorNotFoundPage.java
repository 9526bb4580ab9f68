package uk.earlyhelp.portal.integrator;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Answers {@link IntegratorNotFound} with the portal's GOV.UK "Page not found" and status 404. */
@ControllerAdvice(basePackageClasses = IntegratorNotFoundPage.class)
class IntegratorNotFoundPage {

    @ExceptionHandler(IntegratorNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "pages/error/page-not-found";
    }
}
