package uk.earlyhelp.portal.wizard.table;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.earlyhelp.assessment.api.FieldError;
import uk.earlyhelp.portal.wizard.WizardMessages;
import uk.earlyhelp.portal.wizard.WizardPaths;
import uk.earlyhelp.portal.wizard.fields.ErrorLinks;
import uk.earlyhelp.portal.wizard.fields.FieldViews;
import uk.earlyhelp.portal.wizard.fields.PageErrors;
import uk.earlyhelp.portal.wizard.fields.SectionForm;

/** Everything pages/wizard/row.html shows: one row's questions, to add it or to change it. */
@Component
class RowPage {

    private final FieldViews fieldViews;
    private final WizardMessages messages;

    RowPage(FieldViews fieldViews, WizardMessages messages) {
        this.fieldViews = fieldViews;
        this.messages = messages;
    }

    /**
     * @param adding true for a new row (its id travels in a hidden input), false to change row {@code rowId}
     */
    String show(Model model, OpenTable table, String rowId, boolean adding, SectionForm form, List<FieldError> errors) {
        String id = table.assessment().id();
        PageErrors pageErrors = new ErrorLinks(table.assessment()).onPage(table.id(), table.table().columns(), errors);
        model.addAttribute("formTitle", table.assessment().form().title());
        model.addAttribute("sectionTitle", table.section().title());
        model.addAttribute("heading", adding
                ? messages.text("wizard.row.addHeading", table.table().rowName())
                : messages.text("wizard.row.changeHeading", table.table().rowName()));
        model.addAttribute("errors", pageErrors);
        model.addAttribute("fields", fieldViews.views(table.assessment().form(), table.table().columns(), form,
                pageErrors.inline(), table.assessment().familyMemberNames()));
        model.addAttribute("rowId", rowId);
        model.addAttribute("actionHref", adding ? WizardPaths.newRow(id, table.id()) : WizardPaths.row(id, table.id(), rowId));
        model.addAttribute("backHref", table.sectionHref());
        table.assessment().closedGate().filter(gated -> !gated.id().equals(table.section().id())).ifPresent(gated ->
                model.addAttribute("gateMessage", gated.gate().message()));
        return "pages/wizard/row";
    }
}
