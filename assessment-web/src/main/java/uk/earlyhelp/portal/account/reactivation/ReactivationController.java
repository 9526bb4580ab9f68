package uk.earlyhelp.portal.account.reactivation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountNotFound;
import uk.earlyhelp.portal.security.PortalUser;

/** The "Reactivate" button on a coordinator's page of an expired account (Spring Security: coordinators only). */
@Controller
class ReactivationController {

    static final String ACCOUNT = "/coordinator/accounts/{id}";

    private final Reactivation reactivation;

    ReactivationController(Reactivation reactivation) {
        this.reactivation = reactivation;
    }

    @PostMapping(ACCOUNT + "/reactivate")
    String reactivate(@PathVariable String id, @AuthenticationPrincipal PortalUser coordinator,
                      RedirectAttributes redirect) {
        Account account = reactivation.reactivate(coordinator, id).orElseThrow(AccountNotFound::new);
        redirect.addFlashAttribute("reactivated", account.displayName());
        redirect.addAttribute("id", id);
        return "redirect:" + ACCOUNT;
    }
}
