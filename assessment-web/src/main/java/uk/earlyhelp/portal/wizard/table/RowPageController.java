package uk.earlyhelp.portal.wizard.table;

import static uk.earlyhelp.portal.wizard.WizardPaths.redirect;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
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
import uk.earlyhelp.assessment.form.Row;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.audit.access.AccessLog;
import uk.earlyhelp.portal.wizard.AssessmentNotFound;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.WizardAssessments;
import uk.earlyhelp.portal.wizard.WizardMessages;
import uk.earlyhelp.portal.wizard.WizardPaths;
import uk.earlyhelp.portal.wizard.fields.AnswerProblems;
import uk.earlyhelp.portal.wizard.fields.SectionForm;

/** Adding a row to an add-another table, or changing one: a page of its own, then back to the section. */
@Controller
@RequestMapping("/assessments/{assessmentId}/tables/{tableId}/rows")
class RowPageController {

    private final WizardAssessments assessments;
    private final ActingUserCommandGateway commands;
    private final AnswerProblems problems;
    private final RowPage page;
    private final WizardMessages messages;
    private final RowIds rowIds;
    private final AccessLog accessLog;

    RowPageController(WizardAssessments assessments, ActingUserCommandGateway commands, AnswerProblems problems, RowPage page,
                      WizardMessages messages, RowIds rowIds, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.assessments = assessments;
        this.commands = commands;
        this.problems = problems;
        this.page = page;
        this.messages = messages;
        this.rowIds = rowIds;
    }

    @GetMapping("/new")
    String blank(@PathVariable String assessmentId, @PathVariable String tableId, Principal user, Model model) {
        OpenAssessment assessment = assessments.open(assessmentId, user);
        if (assessment.finished()) return redirect(WizardPaths.assessment(assessmentId));
        OpenTable table = OpenTable.of(assessment, tableId);
        return page.show(model, table, rowIds.next(assessmentId, tableId), true, SectionForm.fromAnswers(table.table().columns(), Map.of()), List.of());
    }

    /**
     * Only an id this page issued, never one the browser chose. Posted twice (a double click, the back button), the row
     * is already there: "add" leaves it as it is (changing a row is its own page).
     */
    @PostMapping("/new")
    String add(@PathVariable String assessmentId, @PathVariable String tableId, @RequestParam(required = false) String rowId,
               @RequestParam MultiValueMap<String, String> params, Principal user, Model model, RedirectAttributes flash) {
        TablePlace table = TablePlace.of(assessmentId, assessments.toSave(assessmentId, user).form(), tableId);
        return save(table, rowIds.issuedOrNext(assessmentId, tableId, rowId), true, params, user, model, flash);
    }

    @GetMapping("/{rowId}")
    String current(@PathVariable String assessmentId, @PathVariable String tableId, @PathVariable String rowId,
                   Principal user, Model model) {
        OpenAssessment assessment = assessments.open(assessmentId, user);
        if (assessment.finished()) return redirect(WizardPaths.assessment(assessmentId));
        OpenTable table = OpenTable.of(assessment, tableId);
        Row row = assessment.row(tableId, rowId).orElseThrow(AssessmentNotFound::new);
        accessLog.recordRead(user.getName(), "WIZARD_ROW", assessmentId, "table " + tableId + " row " + rowId);
        return page.show(model, table, rowId, false, SectionForm.fromAnswers(table.table().columns(), row.values()), List.of());
    }

    @PostMapping("/{rowId}")
    String change(@PathVariable String assessmentId, @PathVariable String tableId, @PathVariable String rowId,
                  @RequestParam MultiValueMap<String, String> params, Principal user, Model model, RedirectAttributes flash) {
        TablePlace table = TablePlace.of(assessmentId, assessments.toSave(assessmentId, user).form(), tableId);
        return save(table, rowId, false, params, user, model, flash);
    }

    /** One read of the assessment when the row is saved, by its command; a row that cannot be saved opens it to say why. */
    private String save(TablePlace table, String rowId, boolean adding, MultiValueMap<String, String> params,
                        Principal user, Model model, RedirectAttributes flash) {
        SectionForm form = SectionForm.fromRequest(table.id(), table.table().columns(), params, messages);
        if (!form.problems().isEmpty()) {
            return notSaved(table, rowId, adding, form, null, user, model);
        }
        String assessmentId = table.assessmentId();
        Object command = adding
                ? TableCommands.add(table.id(), assessmentId, rowId, form.answers())
                : TableCommands.change(table.id(), assessmentId, rowId, form.answers());
        try {
            commands.send(command, user.getName());
        } catch (AssessmentRefusedException refused) {
            return notSaved(table, rowId, adding, form, refused.errors(), user, model);
        } catch (AggregateNotFoundException deleted) {
            throw new AssessmentNotFound(); // a draft deleted (in another tab) since this page was opened
        }
        flash.addFlashAttribute("banner", messages.text(adding ? "wizard.table.added" : "wizard.table.changed",
                table.rowNameCapitalised()));
        return redirect(table.sectionHref());
    }

    /** {@code refusal} null: the form itself could not be read, and every problem of the row is shown. */
    private String notSaved(TablePlace toSave, String rowId, boolean adding, SectionForm form, List<FieldError> refusal,
                            Principal user, Model model) {
        OpenAssessment assessment = assessments.open(toSave.assessmentId(), user);
        if (assessment.finished()) return redirect(WizardPaths.assessment(assessment.id()));
        boolean there = assessment.row(toSave.id(), rowId).isPresent();
        if (adding && there) return redirect(toSave.sectionHref()); // added already (posted twice)
        if (!adding && !there) throw new AssessmentNotFound();
        OpenTable table = OpenTable.of(assessment, toSave.id());
        List<FieldError> errors = refusal != null ? refusal
                : problems.all(assessment, table.id(), table.table().columns(), form, true);
        return page.show(model, table, rowId, adding, form, errors);
    }
}
