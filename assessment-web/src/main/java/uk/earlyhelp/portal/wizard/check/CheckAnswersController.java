package uk.earlyhelp.portal.wizard.check;

import static uk.earlyhelp.portal.wizard.WizardPaths.redirect;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.earlyhelp.assessment.api.AssessmentRefusedException;
import uk.earlyhelp.assessment.api.FinishAssessment;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.audit.access.AccessLog;
import uk.earlyhelp.portal.pdf.PdfDownload;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.WizardAssessments;
import uk.earlyhelp.portal.wizard.WizardPaths;
import uk.earlyhelp.portal.wizard.fields.ErrorLinks;
import uk.earlyhelp.portal.wizard.fields.PageErrors;

/**
 * Check your answers, then Finish. A refused Finish shows the same page with every missing item
 * in the error summary, each linking to the page (and input) where it is put right.
 */
@Controller
class CheckAnswersController {

    private final WizardAssessments assessments;
    private final ActingUserCommandGateway commands;
    private final AnswerSummary summary;
    private final AccessLog accessLog;

    CheckAnswersController(WizardAssessments assessments, ActingUserCommandGateway commands, AnswerSummary summary,
                           AccessLog accessLog) {
        this.accessLog = accessLog;
        this.assessments = assessments;
        this.commands = commands;
        this.summary = summary;
    }

    @GetMapping("/assessments/{assessmentId}/check")
    String check(@PathVariable String assessmentId, Principal user, Model model) {
        OpenAssessment assessment = assessments.open(assessmentId, user);
        if (assessment.finished()) return redirect(WizardPaths.assessment(assessmentId));
        accessLog.recordRead(user.getName(), "WIZARD_CHECK_ANSWERS", assessmentId, null);
        return page(model, assessment, PageErrors.none());
    }

    @PostMapping("/assessments/{assessmentId}/finish")
    String finish(@PathVariable String assessmentId, Principal user, Model model) {
        OpenAssessment assessment = assessments.open(assessmentId, user);
        if (assessment.finished()) return redirect(WizardPaths.confirmation(assessmentId));
        try {
            commands.send(new FinishAssessment(assessmentId), user.getName());
        } catch (AssessmentRefusedException refused) {
            return page(model, assessment, new ErrorLinks(assessment).forFinish(refused.errors()));
        }
        return redirect(WizardPaths.confirmation(assessmentId));
    }

    @GetMapping("/assessments/{assessmentId}/confirmation")
    String confirmation(@PathVariable String assessmentId, Principal user, Model model) {
        OpenAssessment assessment = assessments.open(assessmentId, user);
        if (!assessment.finished()) return redirect(WizardPaths.check(assessmentId));
        model.addAttribute("formTitle", assessment.form().title());
        model.addAttribute("viewHref", WizardPaths.assessment(assessmentId));
        model.addAttribute("pdfHref", PdfDownload.path(assessmentId));
        return "pages/wizard/confirmation";
    }

    private String page(Model model, OpenAssessment assessment, PageErrors errors) {
        model.addAttribute("formTitle", assessment.form().title());
        model.addAttribute("sections", summary.sections(assessment, true));
        model.addAttribute("errors", errors);
        model.addAttribute("finishHref", WizardPaths.finish(assessment.id()));
        model.addAttribute("backHref", WizardPaths.assessment(assessment.id()));
        return "pages/wizard/check-answers";
    }
}
