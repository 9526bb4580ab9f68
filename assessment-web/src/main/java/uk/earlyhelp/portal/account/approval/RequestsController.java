package uk.earlyhelp.portal.account.approval;

import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountNotFound;
import uk.earlyhelp.portal.account.FormErrors;
import uk.earlyhelp.portal.security.PortalUser;

/** The coordinator's queue, one request's details, and the decision on it (Spring Security: coordinators only). */
@Controller
class RequestsController {

    static final String QUEUE = "/coordinator/requests";
    static final int REASON_LENGTH = 1000;

    private final Approval approval;
    private final MessageSource messages;
    private final Clock clock;

    RequestsController(Approval approval, MessageSource messages, Clock clock) {
        this.approval = approval;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(QUEUE)
    String queue(@AuthenticationPrincipal PortalUser coordinator, Model model) {
        model.addAttribute("locality", coordinator.getLocality());
        model.addAttribute("requests", approval.queue(coordinator));
        model.addAttribute("zone", clock.getZone());
        return "pages/coordinator/requests";
    }

    @GetMapping(QUEUE + "/{id}")
    String request(@PathVariable String id, @AuthenticationPrincipal PortalUser coordinator, Model model) {
        FormErrors.noneIn(model);
        model.addAttribute("reason", "");
        return page(found(approval.request(coordinator, id).orElse(null)), model);
    }

    @PostMapping(QUEUE + "/{id}/approve")
    String approve(@PathVariable String id, @AuthenticationPrincipal PortalUser coordinator, RedirectAttributes redirect) {
        Account approved = found(approval.approve(coordinator, id).orElse(null));
        redirect.addFlashAttribute("approved", approved.displayName());
        return "redirect:" + QUEUE;
    }

    @PostMapping(QUEUE + "/{id}/reject")
    String reject(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
                  @AuthenticationPrincipal PortalUser coordinator, Model model, Locale locale,
                  RedirectAttributes redirect) {
        String given = reason.strip();
        if (given.isEmpty() || given.length() > REASON_LENGTH) {
            Account account = found(approval.request(coordinator, id).orElse(null));
            new FormErrors(messages, locale).add("reason", given.isEmpty()
                    ? "coordinator.reject.error.missing" : "coordinator.reject.error.tooLong", REASON_LENGTH).addTo(model);
            model.addAttribute("reason", reason);
            return page(account, model);
        }
        Account rejected = found(approval.reject(coordinator, id, given).orElse(null));
        redirect.addFlashAttribute("rejected", rejected.displayName());
        return "redirect:" + QUEUE;
    }

    private static String page(Account account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("reasonLength", REASON_LENGTH);
        return "pages/coordinator/request";
    }

    /** Another locality's request, one already decided, or none: the same "page not found". */
    private static Account found(Account account) {
        if (account == null) {
            throw new AccountNotFound();
        }
        return account;
    }
}
