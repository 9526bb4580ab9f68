package uk.earlyhelp.portal.account.registration;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The link in the confirmation email. Opening it only shows a button: mail scanners open links too, and must not
 * be the ones to confirm. Pressing the button uses the link.
 */
@Controller
class ConfirmEmailController {

    static final String PATH = CreateAccountController.PATH + "/confirm/{token}";
    static final String CONFIRMED = CreateAccountController.PATH + "/confirmed";

    private final Registration registration;

    ConfirmEmailController(Registration registration) {
        this.registration = registration;
    }

    @GetMapping(PATH)
    String confirmPage(@PathVariable String token, Model model) {
        if (!registration.confirmable(token)) {
            return linkNotWorking(model);
        }
        model.addAttribute("token", token);
        return "pages/account/confirm-email";
    }

    @PostMapping(PATH)
    String confirm(@PathVariable String token, Model model, RedirectAttributes redirect) {
        return registration.confirm(token).map(account -> {
            redirect.addFlashAttribute("locality", account.locality());
            return "redirect:" + CONFIRMED;
        }).orElseGet(() -> linkNotWorking(model));
    }

    @GetMapping(CONFIRMED)
    String confirmed() {
        return "pages/account/email-confirmed";
    }

    private static String linkNotWorking(Model model) {
        model.addAttribute("startAgain", CreateAccountController.PATH);
        model.addAttribute("startAgainText", "linkNotWorking.confirm.startAgain");
        return "pages/account/link-not-working";
    }
}
