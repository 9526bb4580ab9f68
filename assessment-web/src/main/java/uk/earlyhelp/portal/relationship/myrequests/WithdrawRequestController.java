package uk.earlyhelp.portal.relationship.myrequests;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.earlyhelp.portal.security.PortalUser;

/**
 * A practitioner withdraws a request of theirs still waiting for the coordinator (practitioners only:
 * /relationships/**). No confirmation page: the button names the request, and asking again is one form away.
 */
@Controller
class WithdrawRequestController {

    private final MyLinkRequests requests;

    WithdrawRequestController(MyLinkRequests requests) {
        this.requests = requests;
    }

    @PostMapping("/relationships/requests/{id}/withdraw")
    String withdraw(@PathVariable String id, @AuthenticationPrincipal PortalUser practitioner,
                    RedirectAttributes redirect) {
        redirect.addFlashAttribute(requests.withdraw(practitioner, id) ? MyLinkRequests.WITHDRAWN
                : MyLinkRequests.TOO_LATE, id);
        return "redirect:/";
    }
}
