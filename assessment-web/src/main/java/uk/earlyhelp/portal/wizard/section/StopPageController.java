package uk.earlyhelp.portal.wizard.section;

import static uk.earlyhelp.portal.wizard.WizardPaths.redirect;

import java.security.Principal;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.earlyhelp.assessment.form.SectionDefinition;
import uk.earlyhelp.portal.wizard.OpenAssessment;
import uk.earlyhelp.portal.wizard.WizardAssessments;
import uk.earlyhelp.portal.wizard.WizardPaths;

/**
 * The significant-harm gate: when a child may be at risk of significant harm the form cannot go on
 * as an Early Help Assessment, and the practitioner must contact the safeguarding hub (MASH) instead.
 */
@Controller
class StopPageController {

    private final WizardAssessments assessments;

    StopPageController(WizardAssessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/assessments/{assessmentId}/stop")
    String stop(@PathVariable String assessmentId, Principal user, Model model) {
        OpenAssessment assessment = assessments.open(assessmentId, user);
        Optional<SectionDefinition> gated = assessment.closedGate();
        if (assessment.finished() || gated.isEmpty()) return redirect(WizardPaths.assessment(assessmentId));
        SectionDefinition section = gated.get();
        model.addAttribute("formTitle", assessment.form().title());
        model.addAttribute("gateMessage", section.gate().message());
        model.addAttribute("changeHref", WizardPaths.section(assessmentId, section.id()) + "#" + section.gate().field());
        model.addAttribute("taskListHref", WizardPaths.assessment(assessmentId));
        return "pages/wizard/stop";
    }
}
