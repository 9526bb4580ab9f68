package uk.earlyhelp.portal.wizard.conflict;

import static uk.earlyhelp.portal.wizard.WizardPaths.redirect;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.earlyhelp.assessment.api.AssessmentRefusedException;
import uk.earlyhelp.assessment.api.FieldError;
import uk.earlyhelp.assessment.api.SaveSection;
import uk.earlyhelp.assessment.api.SectionSaveOutcome;
import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.WizardAssessments;
import uk.earlyhelp.portal.wizard.WizardMessages;
import uk.earlyhelp.portal.wizard.WizardPaths;

/**
 * The page where a save that met another tab's changes is settled (ADR 0023): both versions side by side, a choice
 * per answer, saved as one more save based on the version shown, so a third change meanwhile is caught again. Only the
 * author reaches it (the wizard's check: anyone else gets "Page not found"); nothing to settle goes back to the section.
 */
@Controller
@RequestMapping("/assessments/{assessmentId}/sections/{sectionId}/conflict")
class ConflictPageController {

    private final WizardAssessments assessments;
    private final PendingConflicts pending;
    private final ConflictRows conflictRows;
    private final ConflictPage page;
    private final ActingUserCommandGateway commands;
    private final WizardMessages messages;

    ConflictPageController(WizardAssessments assessments, PendingConflicts pending, ConflictRows conflictRows,
                           ConflictPage page, ActingUserCommandGateway commands, WizardMessages messages) {
        this.assessments = assessments;
        this.pending = pending;
        this.conflictRows = conflictRows;
        this.page = page;
        this.commands = commands;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable String assessmentId, @PathVariable String sectionId, Principal user, Model model) {
        OpenAssessment assessment = assessments.open(assessmentId, user);
        SectionDefinition section = assessment.section(sectionId);
        Optional<Map<String, List<String>>> mine = pending.find(assessmentId, sectionId);
        List<ConflictRow> rows = mine.map(kept -> conflictRows.of(assessment, section, kept)).orElse(List.of());
        if (assessment.finished() || rows.isEmpty()) return settled(assessment, sectionId);
        return page.show(model, assessment, section, rows, assessment.view().sectionVersion(sectionId));
    }

    @PostMapping
    String choose(@PathVariable String assessmentId, @PathVariable String sectionId,
                  @RequestParam MultiValueMap<String, String> params, Principal user, Model model, RedirectAttributes flash) {
        OpenAssessment assessment = assessments.open(assessmentId, user);
        SectionDefinition section = assessment.section(sectionId);
        Map<String, List<String>> mine = pending.find(assessmentId, sectionId).orElse(Map.of());
        List<ConflictRow> rows = conflictRows.of(assessment, section, mine);
        if (assessment.finished() || rows.isEmpty()) return settled(assessment, sectionId);
        SaveBase base = SaveBase.posted(params);
        ConflictChoices choices = ConflictChoices.read(rows, params, messages);
        if (!choices.complete() || base.version() == null) {
            return page.show(model, assessment, section, choices.rows(), shownVersion(base, assessment, sectionId));
        }
        Map<String, List<String>> answers = choices.applyTo(assessment.filled().answers(sectionId), mine);
        try {
            SectionSaveOutcome saved = commands.send(new SaveSection(assessmentId, sectionId, answers, base.version(),
                    SaveBase.drawnAt(base.version()).page()), user.getName());
            if (saved.conflicted()) { // a third change meanwhile: choose again, against what is stored now
                pending.keep(assessmentId, sectionId, saved);
                return redirect(WizardPaths.conflict(assessmentId, sectionId));
            }
        } catch (AssessmentRefusedException refused) {
            return page.show(model, assessment, section, withErrors(choices.rows(), refused.errors(), sectionId),
                    base.version());
        }
        pending.discard(assessmentId, sectionId);
        flash.addFlashAttribute("banner", messages.text("wizard.conflict.resolved"));
        return redirect(WizardPaths.section(assessmentId, sectionId));
    }

    private String settled(OpenAssessment assessment, String sectionId) {
        pending.discard(assessment.id(), sectionId);
        return redirect(assessment.finished() ? WizardPaths.assessment(assessment.id())
                : WizardPaths.section(assessment.id(), sectionId));
    }

    private static int shownVersion(SaveBase base, OpenAssessment assessment, String sectionId) {
        return base.version() == null ? assessment.view().sectionVersion(sectionId) : base.version();
    }

    /** A new answer the form refuses (too long, say): its message on its row, everything chosen kept. */
    private static List<ConflictRow> withErrors(List<ConflictRow> rows, List<FieldError> errors, String sectionId) {
        return rows.stream().map(row -> errors.stream().filter(e -> e.field().equals(sectionId + "." + row.fieldId()))
                .findFirst().map(e -> row.choosing(row.choice(), row.edited(), e.message())).orElse(row)).toList();
    }
}
