package uk.earlyhelp.portal.account.reset;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.earlyhelp.portal.account.AccountProperties;
import uk.earlyhelp.portal.account.Accounts;
import uk.earlyhelp.portal.mail.MailAddresses;
import uk.earlyhelp.portal.mail.MailRequestLimits;
import uk.earlyhelp.portal.account.FormErrors;
import uk.earlyhelp.portal.account.password.PasswordPolicy;

/** Asking for a reset link, then (from the link) choosing a new password. */
@Controller
class PasswordResetController {

    static final String PATH = "/password-reset";
    static final String SENT = PATH + "/check-email";
    static final String DONE = PATH + "/done";

    private final PasswordReset reset;
    private final PasswordPolicy policy;
    private final AccountProperties properties;
    private final MessageSource messages;
    private final MailRequestLimits mailLimits;

    PasswordResetController(PasswordReset reset, PasswordPolicy policy, AccountProperties properties,
                            MessageSource messages, MailRequestLimits mailLimits) {
        this.mailLimits = mailLimits;
        this.reset = reset;
        this.policy = policy;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String requestPage(Model model) {
        FormErrors.noneIn(model);
        model.addAttribute("email", "");
        return "pages/account/reset-request";
    }

    @PostMapping(PATH)
    String request(@RequestParam(defaultValue = "") String email, Model model, Locale locale, RedirectAttributes redirect,
                   HttpServletRequest request) {
        if (email.isBlank() || !MailAddresses.isDeliverable(Accounts.normalise(email))) {
            new FormErrors(messages, locale).add("email", email.isBlank()
                    ? "passwordReset.error.email.missing" : "createAccount.error.email.format").addTo(model);
            model.addAttribute("email", email);
            return "pages/account/reset-request";
        }
        // Over a limit for the address or this client: nothing is sent, and the page is the same.
        if (mailLimits.allow(Accounts.normalise(email), request)) reset.request(email);
        redirect.addFlashAttribute("email", email.strip());
        return "redirect:" + SENT;
    }

    @GetMapping(SENT)
    String sent(Model model) {
        model.addAttribute("minutes", properties.resetLinkValidity().toMinutes());
        return "pages/account/reset-sent";
    }

    @GetMapping(DONE)
    String done() {
        return "pages/account/password-changed";
    }

    @GetMapping(PATH + "/{token}")
    String choosePage(@PathVariable String token, Model model) {
        if (!reset.usable(token)) {
            return linkNotWorking(model);
        }
        FormErrors.noneIn(model);
        return choose(token, model);
    }

    @PostMapping(PATH + "/{token}")
    String choose(@PathVariable String token, @RequestParam(defaultValue = "") String password, Model model,
                  Locale locale, HttpServletRequest request) {
        FormErrors errors = new FormErrors(messages, locale);
        policy.check(password).ifPresent(problem -> errors.add("password", problem.messageKey(),
                PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        if (!errors.isEmpty()) {
            if (!reset.usable(token)) {
                return linkNotWorking(model);
            }
            errors.addTo(model);
            return choose(token, model);
        }
        HttpSession session = request.getSession(false);
        return reset.choose(token, password, session == null ? null : session.getId()).map(account -> "redirect:" + DONE).orElseGet(() -> linkNotWorking(model));
    }

    private static String choose(String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "pages/account/reset-choose";
    }

    private static String linkNotWorking(Model model) {
        model.addAttribute("startAgain", PATH);
        model.addAttribute("startAgainText", "linkNotWorking.reset.startAgain");
        return "pages/account/link-not-working";
    }
}
