package uk.earlyhelp.portal.wizard;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Answers a missing, or someone else's, assessment with the portal's GOV.UK "Page not found" and status 404. */
@ControllerAdvice(basePackageClasses = WizardNotFoundPage.class)
class WizardNotFoundPage {

    @ExceptionHandler(AssessmentNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "pages/error/page-not-found"; // the portal's own page, as for any unknown address
    }
}
