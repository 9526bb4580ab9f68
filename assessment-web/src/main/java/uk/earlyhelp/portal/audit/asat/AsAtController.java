package uk.earlyhelp.portal.audit.asat;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.earlyhelp.portal.audit.AuditNotFound;
import uk.earlyhelp.portal.audit.AuditPaths;
import uk.earlyhelp.portal.audit.access.AccessLog;
import uk.earlyhelp.portal.audit.timeline.AssessmentTimeline;
import uk.earlyhelp.portal.pdf.AssessmentPdfs;
import uk.earlyhelp.portal.pdf.PdfFile;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.WizardMessages;
import uk.earlyhelp.portal.wizard.check.AnswerSummary;

/**
 * "As at 14/03/2027 10:42:07, after event 37 of 112": the assessment rebuilt from its events 0..n, in the check your
 * answers layout (without Change links), and the same moment as a PDF marked so on every page. Both are recorded.
 */
@Controller
class AsAtController {

    private final AssessmentTimeline timeline;
    private final AnswerSummary summary;
    private final AssessmentPdfs pdfs;
    private final WizardMessages messages;
    private final AccessLog accessLog;

    AsAtController(AssessmentTimeline timeline, AnswerSummary summary, AssessmentPdfs pdfs, WizardMessages messages,
                   AccessLog accessLog) {
        this.timeline = timeline;
        this.summary = summary;
        this.pdfs = pdfs;
        this.messages = messages;
        this.accessLog = accessLog;
    }

    @GetMapping(AuditPaths.AS_AT)
    String asAt(@PathVariable String assessmentId, @PathVariable int number, @AuthenticationPrincipal PortalUser user,
                Model model) {
        List<DomainEventMessage<?>> events = events(assessmentId, number);
        accessLog.recordRead(user.id(), "ASSESSMENT_AS_AT", assessmentId, "after event " + number);
        OpenAssessment then = timeline.asAt(events, number);
        model.addAttribute("heading", moment(events, number));
        model.addAttribute("formTitle", then.form().title());
        model.addAttribute("finished", then.finished());
        model.addAttribute("deleted", deletedBy(events, number));
        model.addAttribute("sections", summary.sections(then, false));
        model.addAttribute("timelineHref", AuditPaths.timelineRow(assessmentId, number));
        model.addAttribute("pdfHref", AuditPaths.asAtPdf(assessmentId, number));
        model.addAttribute("previousHref", number > 1 ? AuditPaths.asAt(assessmentId, number - 1) : null);
        model.addAttribute("nextHref", number < events.size() ? AuditPaths.asAt(assessmentId, number + 1) : null);
        return "pages/audit/as-at";
    }

    @GetMapping(AuditPaths.AS_AT_PDF)
    ResponseEntity<byte[]> pdf(@PathVariable String assessmentId, @PathVariable int number,
                               @AuthenticationPrincipal PortalUser user) {
        List<DomainEventMessage<?>> events = events(assessmentId, number);
        accessLog.recordRead(user.id(), "ASSESSMENT_AS_AT_PDF", assessmentId, "after event " + number);
        PdfFile pdf = pdfs.printAsAt(timeline.asAt(events, number), moment(events, number), number);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
                .body(pdf.content());
    }

    private List<DomainEventMessage<?>> events(String assessmentId, int number) {
        List<DomainEventMessage<?>> events = timeline.events(assessmentId);
        if (number < 1 || number > events.size()) {
            throw new AuditNotFound();
        }
        return events;
    }

    private String moment(List<DomainEventMessage<?>> events, int number) {
        return messages.text("audit.asAt.heading", timeline.when(events.get(number - 1).getTimestamp()), number,
                events.size());
    }

    // A deleted draft is rebuilt as it was when deleted; the page says that it was deleted by then.
    private static boolean deletedBy(List<DomainEventMessage<?>> events, int number) {
        return events.subList(0, number).stream()
                .anyMatch(event -> event.getPayload() instanceof uk.earlyhelp.assessment.api.AssessmentDeleted);
    }
}
