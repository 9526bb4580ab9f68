package uk.earlyhelp.portal.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security itself checks the email address and password posted from it. */
@Controller
class SignInController {

    private final MessageSource messages;

    SignInController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping(SecurityConfiguration.SIGN_IN)
    String signIn(@RequestParam(name = "error", required = false) String error, Model model, Locale locale) {
        if (error != null) {
            // The same message whether or not the address has an account: the page must not confirm who is registered.
            String message = messages.getMessage("signIn.error.incorrect", null, locale);
            model.addAttribute("errors", List.of(Map.of("href", "#email", "message", message)));
        }
        return "pages/account/sign-in";
    }
}
