package uk.earlyhelp.portal.audit;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Answers {@link AuditNotFound} on the auditors' pages with the portal's GOV.UK "Page not found" and status 404. */
@ControllerAdvice(basePackageClasses = AuditNotFoundPage.class)
class AuditNotFoundPage {

    @ExceptionHandler(AuditNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "pages/error/page-not-found";
    }
}
