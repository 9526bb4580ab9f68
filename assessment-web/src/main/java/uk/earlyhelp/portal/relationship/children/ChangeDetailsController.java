package uk.earlyhelp.portal.relationship.children;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.earlyhelp.portal.account.FormErrors;
import uk.earlyhelp.portal.relationship.ChildRecords;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.relationship.api.ChildRecord;
import uk.earlyhelp.relationship.api.ChildSource;

/**
 * "Change the child's details", from the coordinator's page of a child of their locality: the form filled with what the
 * record holds, the same rules and error summary as "Add a child record", and back to the child's page once saved.
 */
@Controller
class ChangeDetailsController {

    static final String PATH = "/children/{id}/change";

    private final LocalityChild children;
    private final ChildRecords records;
    private final MessageSource messages;

    ChangeDetailsController(LocalityChild children, ChildRecords records, MessageSource messages) {
        this.children = children;
        this.records = records;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String form(@PathVariable String id, @AuthenticationPrincipal PortalUser coordinator, Model model) {
        ChildRecord child = children.openToChange(id, coordinator);
        FormErrors.noneIn(model);
        model.addAttribute("child", child);
        model.addAttribute("form", ChildForm.of(child.details()));
        return "pages/children/change";
    }

    @PostMapping(PATH)
    String change(@PathVariable String id, @ModelAttribute("form") ChildForm form,
                  @AuthenticationPrincipal PortalUser coordinator, Model model, Locale locale,
                  RedirectAttributes redirect, HttpServletResponse response) {
        ChildRecord child = children.toChange(id, coordinator);
        ChildRecords.Outcome outcome = records.change(coordinator, id,
                form.detailsWith(child.details().mosaicPersonReference()), ChildSource.COORDINATOR);
        if (outcome instanceof ChildRecords.Refused refused) {
            FormErrors errors = new FormErrors(messages, locale);
            refused.errors().forEach(error -> errors.addText(error.field(), error.message()));
            errors.addTo(model);
            model.addAttribute("child", child);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "pages/children/change";
        }
        redirect.addFlashAttribute(outcome instanceof ChildRecords.Changed ? "detailsChanged" : "detailsUnchanged", true);
        return "redirect:/children/" + id;
    }
}
