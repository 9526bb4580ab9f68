package uk.earlyhelp.portal.wizard.section;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.earlyhelp.assessment.api.FieldError;
import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.assessment.form.TableDefinition;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.WizardMessages;
import uk.earlyhelp.portal.wizard.WizardPaths;
import uk.earlyhelp.portal.wizard.conflict.SaveBase;
import uk.earlyhelp.portal.wizard.fields.ErrorLinks;
import uk.earlyhelp.portal.wizard.fields.FieldViews;
import uk.earlyhelp.portal.wizard.fields.PageErrors;
import uk.earlyhelp.portal.wizard.fields.RowCards;
import uk.earlyhelp.portal.wizard.fields.SectionForm;

/** Everything pages/wizard/section.html shows: the questions, the section's table, errors, links. */
@Component
class SectionPage {

    static final String VIEW = "pages/wizard/section";

    private final FieldViews fieldViews;
    private final RowCards rowCards;
    private final WizardMessages messages;

    SectionPage(FieldViews fieldViews, RowCards rowCards, WizardMessages messages) {
        this.fieldViews = fieldViews;
        this.rowCards = rowCards;
        this.messages = messages;
    }

    /** The page as it is now: drawn from the section's current version. */
    String show(Model model, OpenAssessment assessment, SectionDefinition section, SectionForm form, List<FieldError> errors) {
        return show(model, assessment, section, form, errors,
                SaveBase.drawnAt(assessment.view().sectionVersion(section.id())));
    }

    /**
     * The page again with what was posted: still based on what the posted page was drawn from, so a refused save
     * shown again never passes another tab's changes off as seen.
     */
    String show(Model model, OpenAssessment assessment, SectionDefinition section, SectionForm form, List<FieldError> errors,
                SaveBase base) {
        String id = assessment.id();
        model.addAttribute("saveBase", base.version() == null ? SaveBase.drawnAt(assessment.view().sectionVersion(section.id()))
                : base);
        PageErrors pageErrors = new ErrorLinks(assessment).onPage(section.id(), section.fields(), errors);
        model.addAttribute("assessmentId", id);
        model.addAttribute("formTitle", assessment.form().title());
        model.addAttribute("section", section);
        model.addAttribute("errors", pageErrors);
        model.addAttribute("fields", fieldViews.views(assessment.form(), section.fields(), form, pageErrors.inline(),
                assessment.familyMemberNames()));
        model.addAttribute("actionHref", WizardPaths.section(id, section.id()));
        model.addAttribute("autosaveHref", section.hasQuestions() ? WizardPaths.autosave(id, section.id()) : null);
        model.addAttribute("backHref", assessment.previous(section)
                .map(previous -> WizardPaths.section(id, previous.id())).orElse(WizardPaths.assessment(id)));
        assessment.closedGate().filter(gated -> !gated.id().equals(section.id())).ifPresent(gated -> {
            model.addAttribute("gateMessage", gated.gate().message());
            model.addAttribute("gateHref", WizardPaths.section(id, gated.id()) + "#" + gated.gate().field());
        });
        TableDefinition table = section.table();
        if (table != null) {
            boolean empty = assessment.filled().rows(table.id()).isEmpty();
            model.addAttribute("table", table);
            model.addAttribute("tableHeading", messages.firstOf(
                    new String[] {"wizard.table.heading." + table.id(), "wizard.table.heading"}, table.rowName()));
            model.addAttribute("cards", rowCards.cards(assessment, table, RowCards.Links.CHANGE_AND_REMOVE));
            model.addAttribute("addLabel", empty
                    ? messages.text("wizard.table.addFirst", table.rowName())
                    : messages.firstOf(new String[] {"wizard.table.add." + table.id(), "wizard.table.add"}, table.rowName()));
            model.addAttribute("addHref", WizardPaths.newRow(id, table.id()));
        }
        return VIEW;
    }
}
