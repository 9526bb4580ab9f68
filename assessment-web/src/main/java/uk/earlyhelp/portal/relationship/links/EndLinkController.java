package uk.earlyhelp.portal.relationship.links;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.earlyhelp.portal.security.PortalUser;

/** The coordinator ends a link from the child's page; the practitioner can no longer open the child's record. */
@Controller
class EndLinkController {

    private final LinkDecisions decisions;

    EndLinkController(LinkDecisions decisions) {
        this.decisions = decisions;
    }

    @PostMapping("/coordinator/children/links/{id}/end")
    String end(@PathVariable String id, @AuthenticationPrincipal PortalUser coordinator, RedirectAttributes redirect) {
        String childId = decisions.end(coordinator, id);
        redirect.addFlashAttribute("ended", true);
        return "redirect:/children/" + childId;
    }
}
