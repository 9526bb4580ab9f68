package uk.earlyhelp.portal.account.secondfactor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountChange;
import uk.earlyhelp.portal.account.AccountHistory;
import uk.earlyhelp.portal.account.FormErrors;

/**
 * Enrolment, at the first sign-in that needs a second factor (or the first after an administrator's reset): a new
 * secret as a QR code and as text, confirmed by a code from the app; then the recovery codes, shown once. Only an
 * account with no enrolment gets here: one already enrolled goes to the code page, so a password alone can never
 * enrol a second app. The secret waits in the session until confirmed.
 */
@Controller
class EnrolmentController {

    static final String SECRET = EnrolmentController.class.getName() + ".secret";

    private final SecondStep secondStep;
    private final SecondStepOnSignIn signIn;
    private final SecondFactors factors;
    private final TotpSecrets secrets;
    private final TotpCodes codes;
    private final EnrolmentQr qr;
    private final MessageSource messages;
    private final AccountHistory history;
    private final Clock clock;

    EnrolmentController(SecondStep secondStep, SecondStepOnSignIn signIn, SecondFactors factors, TotpSecrets secrets,
                        TotpCodes codes, EnrolmentQr qr, MessageSource messages, AccountHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
        this.secondStep = secondStep;
        this.signIn = signIn;
        this.factors = factors;
        this.secrets = secrets;
        this.codes = codes;
        this.qr = qr;
        this.messages = messages;
    }

    @GetMapping(SecondStepOnSignIn.ENROL)
    String page(Authentication authentication, HttpSession session, Model model) {
        if (!(authentication instanceof PendingSecondStep pending)) return "redirect:/sign-in";
        if (secondStep.enrolled(pending.user())) return "redirect:" + SecondStepOnSignIn.CODE;
        FormErrors.noneIn(model);
        return show(pending, session, "", model);
    }

    @PostMapping(SecondStepOnSignIn.ENROL)
    String confirm(@RequestParam(defaultValue = "") String code, Authentication authentication, HttpSession session,
                   Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        if (!(authentication instanceof PendingSecondStep pending)) return "redirect:/sign-in";
        if (secondStep.enrolled(pending.user())) return "redirect:" + SecondStepOnSignIn.CODE;
        String secret = (String) session.getAttribute(SECRET);
        OptionalLong step = secret == null ? OptionalLong.empty() : codes.check(secret, code, -1);
        if (step.isEmpty()) {
            new FormErrors(messages, locale).add("code", code.isBlank()
                    ? "secondStep.error.missing" : "secondStep.error.WRONG").addTo(model);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(pending, session, code, model);
        }
        List<String> recoveryCodes = RecoveryCodes.generate();
        Account account = secondStep.account(pending.user()).orElseThrow();
        factors.enrol(account.id(), secret, step.getAsLong(), recoveryCodes);
        history.record(account, AccountChange.SECOND_FACTOR_ENROLLED, pending.user().id(), clock.instant());
        session.removeAttribute(SECRET);
        signIn.passedHere(pending, request, response);
        model.addAttribute("recoveryCodes", recoveryCodes);
        return "pages/account/recovery-codes";
    }

    private String show(PendingSecondStep pending, HttpSession session, String typed, Model model) {
        String secret = (String) session.getAttribute(SECRET);
        if (secret == null) {
            secret = secrets.newSecret();
            session.setAttribute(SECRET, secret);
        }
        model.addAttribute("qrImage", qr.dataUri(pending.user().id(), secret));
        model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("code", typed);
        return "pages/account/enrol";
    }
}
