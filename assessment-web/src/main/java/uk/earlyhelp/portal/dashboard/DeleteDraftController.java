package uk.earlyhelp.portal.dashboard;

import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.earlyhelp.assessment.api.DeleteAssessment;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.wizard.AssessmentNotFound;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.WizardAssessments;

/**
 * Deleting a draft from My Assessments: a confirmation page, then the command. Only the author may, and only a
 * draft; anyone else gets "Page not found", exactly as for an id that does not exist.
 */
@Controller
class DeleteDraftController {

    private static final Logger log = LoggerFactory.getLogger(DeleteDraftController.class);

    private final WizardAssessments assessments;
    private final ActingUserCommandGateway commands;

    DeleteDraftController(WizardAssessments assessments, ActingUserCommandGateway commands) {
        this.assessments = assessments;
        this.commands = commands;
    }

    static String path(String assessmentId) {
        return "/assessments/" + assessmentId + "/delete";
    }

    @GetMapping("/assessments/{assessmentId}/delete")
    String confirm(@PathVariable String assessmentId, Principal user, Model model) {
        OpenAssessment draft = ownDraft(assessmentId, user);
        model.addAttribute("assessmentId", draft.id());
        model.addAttribute("formTitle", draft.form().title());
        model.addAttribute("familyName", String.join(", ", draft.familyMemberNames().values()));
        return "pages/dashboard/delete";
    }

    @PostMapping("/assessments/{assessmentId}/delete")
    String delete(@PathVariable String assessmentId, Principal user, RedirectAttributes redirect) {
        OpenAssessment draft = ownDraft(assessmentId, user);
        commands.send(new DeleteAssessment(draft.id()), user.getName());
        redirect.addFlashAttribute(DashboardController.DELETED, draft.id());
        return "redirect:/";
    }

    @ExceptionHandler(AssessmentNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "pages/error/page-not-found";
    }

    /** The author check (and its log line, ids only) is the wizard's: one rule for every assessment URL. */
    private OpenAssessment ownDraft(String assessmentId, Principal user) {
        OpenAssessment assessment = assessments.open(assessmentId, user);
        if (assessment.finished()) {
            log.warn("Refused to delete assessment {}: it has been submitted", assessment.id());
            throw new AssessmentNotFound();
        }
        return assessment;
    }
}
