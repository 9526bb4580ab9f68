package uk.earlyhelp.portal.locality;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.earlyhelp.portal.account.FormErrors;
import uk.earlyhelp.portal.assessment.DeliveryStatusText;
import uk.earlyhelp.portal.audit.access.AccessLog;
import uk.earlyhelp.portal.pdf.AssessmentPdfs;
import uk.earlyhelp.portal.pdf.PdfFile;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.portal.wizard.AssessmentNotFound;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.check.AnswerSummary;

/**
 * A submitted assessment of the coordinator's locality, read-only, and its PDF; found by its reference from
 * {@value #FIND}. The view and the PDF are outside /coordinator/** on purpose: whoever else signs in (a practitioner,
 * another locality's coordinator, an auditor, an administrator) gets the same "Page not found" as for an unknown id.
 * Each view and each PDF is recorded in the access log, so the auditor's timeline of the assessment shows it.
 */
@Controller
class LocalityAssessmentController {

    static final String FIND = "/coordinator/assessments";
    static final String VIEW = "/locality-assessments/{assessmentId}";

    private final LocalityAssessments assessments;
    private final AnswerSummary summary;
    private final AssessmentPdfs pdfs;
    private final MessageSource messages;
    private final AccessLog accessLog;

    LocalityAssessmentController(LocalityAssessments assessments, AnswerSummary summary, AssessmentPdfs pdfs,
                                 MessageSource messages, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.assessments = assessments;
        this.summary = summary;
        this.pdfs = pdfs;
        this.messages = messages;
    }

    @GetMapping(FIND)
    String find(@RequestParam(required = false) String reference, @AuthenticationPrincipal PortalUser coordinator,
                Model model, Locale locale, HttpServletResponse response) {
        FormErrors.noneIn(model);
        model.addAttribute("reference", reference == null ? "" : reference);
        if (reference == null) {
            return "pages/coordinator/find-assessment";
        }
        return assessments.open(reference, coordinator).map(found -> "redirect:" + path(found.id())).orElseGet(() -> {
            new FormErrors(messages, locale).add("reference", reference.isBlank()
                    ? "locality.find.error.missing" : "locality.find.error.notFound").addTo(model);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "pages/coordinator/find-assessment";
        });
    }

    @GetMapping(VIEW)
    String view(@PathVariable String assessmentId, @AuthenticationPrincipal PortalUser user, Model model) {
        OpenAssessment assessment = assessments.open(assessmentId, user).orElseThrow(AssessmentNotFound::new);
        accessLog.recordRead(user.id(), "LOCALITY_VIEW", assessment.id(), null);
        model.addAttribute("formTitle", assessment.form().title());
        model.addAttribute("sections", summary.sections(assessment, false));
        model.addAttribute("mosaicReference", assessment.view().mosaicReference());
        model.addAttribute("deliveryKey", DeliveryStatusText.key(assessment.view().delivery()));
        model.addAttribute("pdfHref", path(assessment.id()) + "/pdf");
        return "pages/wizard/submitted";
    }

    @GetMapping(VIEW + "/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String assessmentId, @AuthenticationPrincipal PortalUser user) {
        OpenAssessment assessment = assessments.open(assessmentId, user).orElseThrow(AssessmentNotFound::new);
        accessLog.recordRead(user.id(), "LOCALITY_PDF", assessment.id(), null);
        PdfFile pdf = pdfs.print(assessment);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pdf.fileName())
                        .build().toString())
                .body(pdf.content());
    }

    @ExceptionHandler(AssessmentNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "pages/error/page-not-found"; // the portal's own page, as for any unknown address
    }

    static String path(String assessmentId) {
        return "/locality-assessments/" + assessmentId;
    }
}
