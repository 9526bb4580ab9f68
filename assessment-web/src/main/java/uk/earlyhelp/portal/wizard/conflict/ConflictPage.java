package uk.earlyhelp.portal.wizard.conflict;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.WizardPaths;

/** Everything pages/wizard/conflict.html shows: the answers in conflict, both versions of each, the errors. */
@Component
class ConflictPage {

    static final String VIEW = "pages/wizard/conflict";

    String show(Model model, OpenAssessment assessment, SectionDefinition section, List<ConflictRow> rows, int version) {
        String id = assessment.id();
        model.addAttribute("formTitle", assessment.form().title());
        model.addAttribute("section", section);
        model.addAttribute("rows", rows);
        model.addAttribute("errorList", rows.stream().filter(row -> row.error() != null)
                .map(row -> Map.of("href", "#" + row.choiceName(), "message", row.error())).toList());
        model.addAttribute("basedOn", version);
        model.addAttribute("actionHref", WizardPaths.conflict(id, section.id()));
        model.addAttribute("backHref", WizardPaths.section(id, section.id()));
        return VIEW;
    }
}
