package uk.earlyhelp.portal.relationship.children;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.earlyhelp.portal.account.FormErrors;
import uk.earlyhelp.portal.relationship.ChildRecords;
import uk.earlyhelp.portal.relationship.DateOfBirth;
import uk.earlyhelp.portal.relationship.RelationshipQueries;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.relationship.api.ChildSource;

/** The coordinator's list of their locality's children, and "Add a child record" (coordinators only: /coordinator/**). */
@Controller
class ChildrenController {

    static final String LIST = "/coordinator/children";
    static final String NEW = LIST + "/new";

    private final ChildRecords records;
    private final RelationshipQueries queries;
    private final MessageSource messages;

    ChildrenController(ChildRecords records, RelationshipQueries queries, MessageSource messages) {
        this.records = records;
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping(LIST)
    String list(@AuthenticationPrincipal PortalUser coordinator, Model model) {
        model.addAttribute("locality", coordinator.getLocality());
        model.addAttribute("children", queries.childrenOf(coordinator.getLocality()).children().stream()
                .map(child -> new ChildLine(child.childId(), child.firstName() + " " + child.lastName(),
                        DateOfBirth.shown(child.dateOfBirth()), child.mosaicPersonReference())).toList());
        model.addAttribute("pendingRequests", queries.pendingRequests(coordinator.getLocality()).requests().size());
        return "pages/children/list";
    }

    /** One line of the list, ready to show. */
    record ChildLine(String childId, String name, String dateOfBirth, String mosaicPersonReference) {
    }

    @GetMapping(NEW)
    String form(Model model) {
        FormErrors.noneIn(model);
        model.addAttribute("form", ChildForm.empty());
        return "pages/children/new";
    }

    @PostMapping(NEW)
    String create(@ModelAttribute("form") ChildForm form, @AuthenticationPrincipal PortalUser coordinator, Model model,
                  Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        ChildRecords.Outcome outcome = records.record(coordinator, form.details(), ChildSource.COORDINATOR, null, null);
        FormErrors errors = new FormErrors(messages, locale);
        if (outcome instanceof ChildRecords.Refused refused) {
            refused.errors().forEach(error -> errors.addText(error.field(), error.message()));
        } else if (outcome instanceof ChildRecords.AlreadyHeld) {
            errors.add("mosaicPersonReference", "children.new.error.alreadyHeld");
        }
        if (!errors.isEmpty()) {
            errors.addTo(model);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "pages/children/new";
        }
        redirect.addFlashAttribute("created", form.firstName().strip() + " " + form.lastName().strip());
        return "redirect:" + LIST;
    }
}
