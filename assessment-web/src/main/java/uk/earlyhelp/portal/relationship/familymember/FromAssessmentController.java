package uk.earlyhelp.portal.relationship.familymember;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.earlyhelp.assessment.api.AssessmentView;
import uk.earlyhelp.portal.account.FormErrors;
import uk.earlyhelp.portal.relationship.ChildNotFound;
import uk.earlyhelp.portal.relationship.ChildRecords;
import uk.earlyhelp.portal.relationship.DateOfBirth;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.relationship.api.ChildSource;

/**
 * "Create a child record from an assessment": the coordinator enters a submitted assessment's reference, sees its
 * family members, and creates a record from one with a single button.
 */
@Controller
class FromAssessmentController {

    static final String PATH = "/coordinator/children/from-assessment";

    private final SubmittedAssessments assessments;
    private final ChildRecords records;
    private final MessageSource messages;

    FromAssessmentController(SubmittedAssessments assessments, ChildRecords records, MessageSource messages) {
        this.assessments = assessments;
        this.records = records;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String find(@RequestParam(required = false) String reference, @AuthenticationPrincipal PortalUser coordinator,
                Model model, Locale locale, HttpServletResponse response) {
        FormErrors.noneIn(model);
        model.addAttribute("reference", reference == null ? "" : reference);
        if (reference == null) {
            return "pages/children/from-assessment";
        }
        AssessmentView view = assessments.open(reference, coordinator).orElse(null);
        if (view == null) {
            new FormErrors(messages, locale).add("reference", reference.isBlank()
                    ? "children.fromAssessment.error.missing" : "children.fromAssessment.error.notFound").addTo(model);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "pages/children/from-assessment";
        }
        return members(view, model);
    }

    @PostMapping(PATH)
    String create(@RequestParam(defaultValue = "") String assessmentId, @RequestParam(defaultValue = "") String memberId,
                  @AuthenticationPrincipal PortalUser coordinator, Model model, Locale locale,
                  RedirectAttributes redirect, HttpServletResponse response) {
        AssessmentView view = assessments.open(assessmentId, coordinator).orElseThrow(ChildNotFound::new);
        var details = SubmittedAssessments.details(view, memberId).orElseThrow(ChildNotFound::new);
        ChildRecords.Outcome outcome = records.record(coordinator, details, ChildSource.ASSESSMENT_FAMILY_MEMBER,
                view.assessmentId(), memberId);
        if (outcome instanceof ChildRecords.Refused refused) {
            FormErrors errors = new FormErrors(messages, locale);
            // Every problem is with the member as the assessment holds them; the summary links to their row.
            refused.errors().forEach(error -> errors.addText("member-" + memberId, error.message()));
            errors.addTo(model);
            model.addAttribute("reference", view.assessmentId());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return members(view, model);
        }
        String childId = outcome instanceof ChildRecords.Recorded recorded ? recorded.childId()
                : ((ChildRecords.AlreadyHeld) outcome).childId();
        redirect.addFlashAttribute(outcome instanceof ChildRecords.Recorded ? "createdFromMember" : "alreadyHeld", true);
        return "redirect:/children/" + childId;
    }

    private String members(AssessmentView view, Model model) {
        model.addAttribute("assessmentId", view.assessmentId());
        model.addAttribute("members", assessments.members(view).stream()
                .map(m -> new SubmittedAssessments.Member(m.memberId(), m.name(), DateOfBirth.shown(m.dateOfBirth()),
                        m.relationship())).toList());
        return "pages/children/family-members";
    }
}
