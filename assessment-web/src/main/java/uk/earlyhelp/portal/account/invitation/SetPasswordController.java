package uk.earlyhelp.portal.account.invitation;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.FormErrors;
import uk.earlyhelp.portal.account.password.PasswordPolicy;

/** "Set your password", from the link a new staff account's holder was emailed (signed out, like a reset). */
@Controller
class SetPasswordController {

    static final String PATH = "/set-password";
    static final String DONE = PATH + "/done";

    private final Invitations invitations;
    private final PasswordPolicy policy;
    private final MessageSource messages;

    SetPasswordController(Invitations invitations, PasswordPolicy policy, MessageSource messages) {
        this.invitations = invitations;
        this.policy = policy;
        this.messages = messages;
    }

    @GetMapping(PATH + "/{token}")
    String page(@PathVariable String token, Model model) {
        return invitations.opens(token).map(account -> {
            FormErrors.noneIn(model);
            return page(token, account, model);
        }).orElseGet(() -> linkNotWorking(model));
    }

    @PostMapping(PATH + "/{token}")
    String set(@PathVariable String token, @RequestParam(defaultValue = "") String password, Model model,
               Locale locale) {
        FormErrors errors = new FormErrors(messages, locale);
        policy.check(password).ifPresent(problem -> errors.add("password", problem.messageKey(),
                PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        if (!errors.isEmpty()) {
            return invitations.opens(token).map(account -> {
                errors.addTo(model);
                return page(token, account, model);
            }).orElseGet(() -> linkNotWorking(model));
        }
        return invitations.setPassword(token, password).map(account -> "redirect:" + DONE)
                .orElseGet(() -> linkNotWorking(model));
    }

    @GetMapping(DONE)
    String done() {
        return "pages/account/password-set";
    }

    private static String page(String token, Account account, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("email", account.email());
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "pages/account/set-password";
    }

    /** Used, expired or never sent: only an administrator can send a new link. */
    private static String linkNotWorking(Model model) {
        model.addAttribute("startAgain", "/sign-in");
        model.addAttribute("startAgainText", "linkNotWorking.setPassword.startAgain");
        return "pages/account/link-not-working";
    }
}
