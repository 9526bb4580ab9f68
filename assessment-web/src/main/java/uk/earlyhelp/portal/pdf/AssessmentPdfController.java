package uk.earlyhelp.portal.pdf;

import java.security.Principal;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.earlyhelp.portal.audit.access.AccessLog;
import uk.earlyhelp.portal.wizard.AssessmentNotFound;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.WizardAssessments;

/**
 * Downloads an assessment as a PDF, draft or submitted. Only its author may: anyone else gets "Page not found", as
 * for an id that does not exist. Never stored, by the browser or anything in between: it is a family's record.
 */
@Controller
class AssessmentPdfController {

    private final WizardAssessments assessments;
    private final AssessmentPdfs pdfs;
    private final AccessLog accessLog;

    AssessmentPdfController(WizardAssessments assessments, AssessmentPdfs pdfs, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.assessments = assessments;
        this.pdfs = pdfs;
    }

    @GetMapping(PdfDownload.PATH)
    ResponseEntity<byte[]> download(@PathVariable String assessmentId, Principal user) {
        OpenAssessment assessment = assessments.open(assessmentId, user);
        accessLog.recordRead(user.getName(), "PDF", assessmentId, null);
        PdfFile pdf = pdfs.print(assessment);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
                .body(pdf.content());
    }

    @ExceptionHandler(AssessmentNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "pages/error/page-not-found"; // the portal's own page, as for any unknown address
    }
}
