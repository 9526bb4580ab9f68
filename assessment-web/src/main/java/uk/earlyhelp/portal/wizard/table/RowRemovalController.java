package uk.earlyhelp.portal.wizard.table;

import static uk.earlyhelp.portal.wizard.WizardPaths.redirect;

import java.security.Principal;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.earlyhelp.assessment.api.AssessmentRefusedException;
import uk.earlyhelp.assessment.api.FieldError;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.wizard.AssessmentNotFound;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.WizardAssessments;
import uk.earlyhelp.portal.wizard.WizardMessages;
import uk.earlyhelp.portal.wizard.WizardPaths;
import uk.earlyhelp.portal.wizard.fields.ErrorLinks;
import uk.earlyhelp.portal.wizard.fields.PageErrors;
import uk.earlyhelp.portal.wizard.fields.RowCards;
import uk.earlyhelp.portal.wizard.fields.SummaryCard;

/** Removing a row asks first, on a page of its own (a link cannot remove anything by itself). */
@Controller
@RequestMapping("/assessments/{assessmentId}/tables/{tableId}/rows/{rowId}/remove")
class RowRemovalController {

    private final WizardAssessments assessments;
    private final ActingUserCommandGateway commands;
    private final RowCards rowCards;
    private final WizardMessages messages;

    RowRemovalController(WizardAssessments assessments, ActingUserCommandGateway commands, RowCards rowCards,
                         WizardMessages messages) {
        this.assessments = assessments;
        this.commands = commands;
        this.rowCards = rowCards;
        this.messages = messages;
    }

    @GetMapping
    String confirm(@PathVariable String assessmentId, @PathVariable String tableId, @PathVariable String rowId,
                   Principal user, Model model) {
        OpenAssessment assessment = assessments.open(assessmentId, user);
        if (assessment.finished()) return redirect(WizardPaths.assessment(assessmentId));
        return page(model, OpenTable.of(assessment, tableId), rowId, List.of());
    }

    /** The command reads the assessment, once; a removal it refuses opens the assessment to say why. */
    @PostMapping
    String remove(@PathVariable String assessmentId, @PathVariable String tableId, @PathVariable String rowId,
                  Principal user, Model model, RedirectAttributes flash) {
        TablePlace table = TablePlace.of(assessmentId, assessments.toSave(assessmentId, user).form(), tableId);
        try {
            commands.send(TableCommands.remove(tableId, assessmentId, rowId), user.getName());
        } catch (AssessmentRefusedException refused) {
            OpenAssessment assessment = assessments.open(assessmentId, user);
            if (assessment.finished()) return redirect(WizardPaths.assessment(assessmentId));
            if (assessment.row(tableId, rowId).isEmpty()) {
                return redirect(table.sectionHref()); // already removed (posted twice)
            }
            return page(model, OpenTable.of(assessment, tableId), rowId, refused.errors());
        } catch (AggregateNotFoundException deleted) {
            throw new AssessmentNotFound(); // a draft deleted (in another tab) since this page was opened
        }
        flash.addFlashAttribute("banner", messages.text("wizard.table.removed", table.rowNameCapitalised()));
        return redirect(table.sectionHref());
    }

    private String page(Model model, OpenTable table, String rowId, List<FieldError> errors) {
        OpenAssessment assessment = table.assessment();
        SummaryCard card = rowCards.cards(assessment, table.table(), RowCards.Links.NONE).stream()
                .filter(c -> c.id().equals(table.id() + "-" + rowId)).findFirst().orElseThrow(AssessmentNotFound::new);
        PageErrors pageErrors = new ErrorLinks(assessment).onPage(table.id(), List.of(), errors);
        model.addAttribute("formTitle", assessment.form().title());
        model.addAttribute("sectionTitle", table.section().title());
        model.addAttribute("heading", messages.text("wizard.row.removeHeading", table.table().rowName()));
        model.addAttribute("card", card);
        model.addAttribute("errors", pageErrors);
        model.addAttribute("actionHref", WizardPaths.removeRow(assessment.id(), table.id(), rowId));
        model.addAttribute("backHref", table.sectionHref());
        model.addAttribute("removeLabel", messages.text("wizard.row.removeButton", table.table().rowName()));
        return "pages/wizard/remove-row";
    }
}
