package uk.earlyhelp.portal.account.registration;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import uk.earlyhelp.portal.mail.MailRequestLimits;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.earlyhelp.portal.account.AccountProperties;
import uk.earlyhelp.portal.account.FormErrors;
import uk.earlyhelp.portal.account.OrganisationType;
import uk.earlyhelp.portal.account.password.PasswordPolicy;

/** "Create your account", then "Check your email" whatever the address (the page must not say who has an account). */
@Controller
class CreateAccountController {

    static final String PATH = "/create-account";
    static final String CHECK_EMAIL = PATH + "/check-email";

    private final Registration registration;
    private final PasswordPolicy policy;
    private final AccountProperties properties;
    private final MessageSource messages;
    private final MailRequestLimits mailLimits;

    CreateAccountController(Registration registration, PasswordPolicy policy, AccountProperties properties,
                            MessageSource messages, MailRequestLimits mailLimits) {
        this.mailLimits = mailLimits;
        this.registration = registration;
        this.policy = policy;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String form(Model model, Locale locale) {
        FormErrors.noneIn(model);
        return page(RegistrationForm.empty(), model, locale);
    }

    @PostMapping(PATH)
    String create(@ModelAttribute("form") RegistrationForm form, Model model, Locale locale, RedirectAttributes redirect,
                  HttpServletRequest request) {
        FormErrors errors = new FormErrors(messages, locale);
        form.check(errors, properties.localities(), policy);
        if (!errors.isEmpty()) {
            errors.addTo(model);
            return page(form.withoutPassword(), model, locale);
        }
        try {
            // Over a limit for the address or this client: nothing is sent, and the page is the same.
            if (mailLimits.allow(form.details().email(), request)) registration.request(form.details(), form.password());
        } catch (DataIntegrityViolationException sameAddressAtTheSameMoment) {
            // Two requests for one address at once: the other one stands, and has sent its email.
        }
        redirect.addFlashAttribute("email", form.details().email());
        return "redirect:" + CHECK_EMAIL;
    }

    @GetMapping(CHECK_EMAIL)
    String checkEmail(Model model) {
        model.addAttribute("hours", properties.confirmationLinkValidity().toHours());
        return "pages/account/check-email";
    }

    private String page(RegistrationForm form, Model model, Locale locale) {
        model.addAttribute("form", form);
        List<OrganisationType> types = Arrays.asList(OrganisationType.values());
        model.addAttribute("organisationTypeValues", types.stream().map(Enum::name).toList());
        model.addAttribute("organisationTypeLabels", types.stream()
                .map(type -> messages.getMessage("createAccount.organisationType." + type.name(), null, locale)).toList());
        model.addAttribute("localities", properties.localities());
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "pages/account/create-account";
    }
}
