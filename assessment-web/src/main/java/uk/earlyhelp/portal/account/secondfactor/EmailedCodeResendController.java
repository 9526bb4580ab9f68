package uk.earlyhelp.portal.account.secondfactor;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.earlyhelp.portal.mail.MailRequestLimits;

/**
 * "Send a new code" on the code page of a practitioner signing in with an emailed code: a new code, the earlier ones
 * no longer working. Limited as other emails a visitor can trigger are (per address and per client), so the page
 * cannot be used to flood a mailbox; past the limit the page looks the same and nothing is sent.
 */
@Controller
class EmailedCodeResendController {

    static final String RESEND = SecondStepOnSignIn.CODE + "/new";

    private final SecondStep secondStep;
    private final MailRequestLimits limits;

    EmailedCodeResendController(SecondStep secondStep, MailRequestLimits limits) {
        this.secondStep = secondStep;
        this.limits = limits;
    }

    @PostMapping(RESEND)
    String resend(Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
        if (!(authentication instanceof PendingSecondStep pending)) return "redirect:/sign-in";
        if (secondStep.byEmail(pending.user()) && limits.allow(pending.user().id(), request)) {
            secondStep.emailCode(pending.user());
        }
        redirect.addFlashAttribute("resent", true);
        return "redirect:" + SecondStepOnSignIn.CODE;
    }
}
