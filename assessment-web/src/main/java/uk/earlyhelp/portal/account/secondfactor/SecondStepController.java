package uk.earlyhelp.portal.account.secondfactor;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.earlyhelp.portal.account.FormErrors;

/**
 * The second step of signing in: a code from the authenticator app, or a recovery code, in the one field
 * {@code code}. A wrong, replayed or locked code shows the page again with a GOV.UK error summary (status 400).
 * Reached only between the password and the code: anyone else goes back to sign in.
 */
@Controller
class SecondStepController {

    private final SecondStep secondStep;
    private final SecondStepOnSignIn signIn;
    private final MessageSource messages;
    private final SecondFactorProperties properties;

    SecondStepController(SecondStep secondStep, SecondStepOnSignIn signIn, MessageSource messages,
                         SecondFactorProperties properties) {
        this.properties = properties;
        this.secondStep = secondStep;
        this.signIn = signIn;
        this.messages = messages;
    }

    @GetMapping(SecondStepOnSignIn.CODE)
    String page(Authentication authentication, Model model) {
        if (!(authentication instanceof PendingSecondStep pending)) return "redirect:/sign-in";
        if (!secondStep.enrolled(pending.user()) && !secondStep.byEmail(pending.user())) {
            return "redirect:" + SecondStepOnSignIn.ENROL;
        }
        FormErrors.noneIn(model);
        return show(pending, "", model);
    }

    @PostMapping(SecondStepOnSignIn.CODE)
    String check(@RequestParam(defaultValue = "") String code, Authentication authentication, Model model,
                 Locale locale, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (!(authentication instanceof PendingSecondStep pending)) return "redirect:/sign-in";
        SecondStep.Outcome outcome = code.isBlank() ? null : secondStep.check(pending.user(), code);
        if (outcome == SecondStep.Outcome.ACCEPTED || outcome == SecondStep.Outcome.RECOVERY_CODE_USED) {
            signIn.passed(pending, request, response);
            return null; // answered: the sign-in's own redirect
        }
        String prefix = secondStep.byEmail(pending.user()) ? "secondStep.error.email." : "secondStep.error.";
        new FormErrors(messages, locale).add("code", prefix + (outcome == null ? "missing" : outcome.name())).addTo(model);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(pending, code, model);
    }

    private String show(PendingSecondStep pending, String typed, Model model) {
        model.addAttribute("code", typed);
        model.addAttribute("byEmail", secondStep.byEmail(pending.user()));
        model.addAttribute("emailCodeMinutes", properties.emailCodeValidity().toMinutes());
        return "pages/account/second-step";
    }
}
