package uk.earlyhelp.portal.wizard.section;

import static uk.earlyhelp.portal.wizard.WizardPaths.redirect;

import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.portal.audit.access.AccessLog;
import uk.earlyhelp.portal.wizard.AssessmentToSave;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.WizardAssessments;
import uk.earlyhelp.portal.wizard.WizardMessages;
import uk.earlyhelp.portal.wizard.WizardPaths;
import uk.earlyhelp.portal.wizard.conflict.PendingConflicts;
import uk.earlyhelp.portal.wizard.conflict.SaveBase;
import uk.earlyhelp.portal.wizard.fields.SectionForm;

/**
 * One page per section. "Save" stays on the page, "Save and continue" goes to the next section
 * (check your answers after the last), and a table's "Add another" saves the questions first so
 * nothing typed is lost. A refused save shows the page again with everything typed. A save that met another tab's
 * changes of the same answers goes to the conflict page (ADR 0023).
 */
@Controller
@RequestMapping("/assessments/{assessmentId}/sections/{sectionId}")
class SectionPageController {

    /** The name of the buttons' parameter: not a possible field id, so it never mixes with answers. */
    static final String NEXT = "wizard-next";

    private final WizardAssessments assessments;
    private final SectionSaving saving;
    private final SectionPage page;
    private final WizardMessages messages;
    private final SectionDefaults defaults;
    private final AccessLog accessLog;
    private final PendingConflicts conflicts;

    SectionPageController(WizardAssessments assessments, SectionSaving saving, SectionPage page, WizardMessages messages,
                          SectionDefaults defaults, AccessLog accessLog, PendingConflicts conflicts) {
        this.accessLog = accessLog;
        this.assessments = assessments;
        this.saving = saving;
        this.page = page;
        this.messages = messages;
        this.defaults = defaults;
        this.conflicts = conflicts;
    }

    @GetMapping
    String show(@PathVariable String assessmentId, @PathVariable String sectionId, Principal user, Model model) {
        OpenAssessment assessment = assessments.open(assessmentId, user);
        if (assessment.finished()) return redirect(WizardPaths.assessment(assessmentId));
        SectionDefinition section = assessment.section(sectionId);
        // A read, recorded; a refused save showing the page again is not one (nor is autosave), it shows what was typed.
        accessLog.recordRead(user.getName(), "WIZARD_SECTION", assessmentId, "section " + sectionId);
        SectionForm saved = SectionForm.fromAnswers(section.fields(), defaults.answers(assessment, section, user.getName()));
        if (conflicts.find(assessmentId, sectionId).isPresent()) { // after a reload or a time-out: both texts still wait
            model.addAttribute("conflictHref", WizardPaths.conflict(assessmentId, sectionId));
        }
        return page.show(model, assessment, section, saved, List.of());
    }

    @PostMapping
    String save(@PathVariable String assessmentId, @PathVariable String sectionId,
                @RequestParam MultiValueMap<String, String> params, @RequestParam(name = NEXT, defaultValue = "save") String next,
                Principal user, Model model, RedirectAttributes flash) {
        AssessmentToSave assessment = assessments.toSave(assessmentId, user);
        SectionDefinition section = assessment.section(sectionId);
        SectionSaving.Outcome outcome = saving.save(assessment, section, params, user);
        if (outcome.submitted()) return redirect(WizardPaths.assessment(assessmentId));
        if (outcome.conflicted()) return redirect(WizardPaths.conflict(assessmentId, sectionId));
        if (!outcome.saved()) {
            return page.show(model, assessments.open(assessmentId, user), section, outcome.form(), outcome.errors(),
                    SaveBase.posted(params));
        }
        if (section.gate() != null && outcome.form().answers().getOrDefault(section.gate().field(), List.of())
                .contains(section.gate().stopWhen())) {
            return redirect(WizardPaths.stop(assessmentId));
        }
        return switch (next) {
            case "continue" -> redirect(assessment.next(section)
                    .map(following -> WizardPaths.section(assessmentId, following.id()))
                    .orElse(WizardPaths.check(assessmentId)));
            case "add-row" -> section.table() == null
                    ? redirect(WizardPaths.section(assessmentId, sectionId))
                    : redirect(WizardPaths.newRow(assessmentId, section.table().id()));
            default -> {
                flash.addFlashAttribute("banner", messages.text("wizard.saved"));
                yield redirect(WizardPaths.section(assessmentId, sectionId));
            }
        };
    }
}
