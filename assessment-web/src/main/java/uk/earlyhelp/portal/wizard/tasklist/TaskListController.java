package uk.earlyhelp.portal.wizard.tasklist;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.earlyhelp.assessment.form.Completeness;
import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.assessment.form.SectionStatus;
import uk.earlyhelp.portal.assessment.DeliveryStatusText;
import uk.earlyhelp.portal.audit.access.AccessLog;
import uk.earlyhelp.portal.pdf.PdfDownload;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.WizardAssessments;
import uk.earlyhelp.portal.wizard.WizardMessages;
import uk.earlyhelp.portal.wizard.WizardPaths;
import uk.earlyhelp.portal.wizard.check.AnswerSummary;

/**
 * An assessment's front page: for a draft, the task list with each section's state; once
 * submitted, everything it holds, read-only.
 */
@Controller
class TaskListController {

    private final WizardAssessments assessments;
    private final AnswerSummary summary;
    private final WizardMessages messages;
    private final AccessLog accessLog;

    TaskListController(WizardAssessments assessments, AnswerSummary summary, WizardMessages messages, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.assessments = assessments;
        this.summary = summary;
        this.messages = messages;
    }

    @GetMapping("/assessments/{assessmentId}")
    String show(@PathVariable String assessmentId, Principal user, Model model) {
        OpenAssessment assessment = assessments.open(assessmentId, user);
        model.addAttribute("formTitle", assessment.form().title());
        accessLog.recordRead(user.getName(), assessment.finished() ? "SUBMITTED_VIEW" : "WIZARD_TASK_LIST", assessmentId, null);
        if (assessment.finished()) {
            model.addAttribute("sections", summary.sections(assessment, false));
            model.addAttribute("mosaicReference", assessment.view().mosaicReference());
            model.addAttribute("deliveryKey", DeliveryStatusText.key(assessment.view().delivery()));
            model.addAttribute("pdfHref", PdfDownload.path(assessmentId));
            return "pages/wizard/submitted";
        }
        Completeness completeness = assessment.completeness();
        Optional<SectionDefinition> gated = assessment.closedGate();
        List<TaskItem> tasks = new ArrayList<>();
        int completed = 0;
        for (SectionDefinition section : assessment.form().sections()) {
            boolean blocked = gated.isPresent() && !gated.get().id().equals(section.id());
            SectionStatus status = completeness.status(section);
            if (status == SectionStatus.COMPLETED) completed++;
            tasks.add(blocked
                    ? new TaskItem(section.id(), section.title(), null, messages.text("wizard.status.cannotStart"), null)
                    : new TaskItem(section.id(), section.title(), WizardPaths.section(assessmentId, section.id()),
                            messages.text("wizard.status." + status.name()), tagClass(status)));
        }
        gated.ifPresent(section -> model.addAttribute("gateMessage", section.gate().message()));
        model.addAttribute("tasks", tasks);
        model.addAttribute("completed", completed);
        model.addAttribute("total", tasks.size());
        model.addAttribute("checkHref", WizardPaths.check(assessmentId));
        return "pages/wizard/task-list";
    }

    private static String tagClass(SectionStatus status) {
        return switch (status) {
            case NOT_STARTED -> "govuk-tag--blue";
            case IN_PROGRESS -> "govuk-tag--light-blue";
            case COMPLETED -> null;
        };
    }
}
