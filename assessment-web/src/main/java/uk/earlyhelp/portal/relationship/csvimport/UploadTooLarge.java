package uk.earlyhelp.portal.relationship.csvimport;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import uk.earlyhelp.portal.account.FormErrors;

/**
 * A file beyond the servlet's multipart limit is refused before any controller runs, so this advice cannot be scoped
 * to one controller; the CSV import is the portal's only upload. It answers 413 with the upload page and its error,
 * rather than a bare error page. (Files between the import's own limit and this one are refused by the controller.)
 */
@ControllerAdvice
class UploadTooLarge {

    private final MessageSource messages;
    private final CsvImportController uploads;

    UploadTooLarge(MessageSource messages, CsvImportController uploads) {
        this.messages = messages;
        this.uploads = uploads;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(Model model, Locale locale, HttpServletResponse response) {
        return uploads.tooLarge(new FormErrors(messages, locale), model, response);
    }
}
