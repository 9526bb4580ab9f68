package uk.earlyhelp.portal.relationship.links;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.FormErrors;
import uk.earlyhelp.portal.commandbus.ActingUserCommandGateway;
import uk.earlyhelp.portal.relationship.People;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.relationship.api.RelationshipRefusedException;
import uk.earlyhelp.relationship.api.RequestLink;

/**
 * A practitioner asks their locality's coordinator to link them to a child they key-work (practitioners only). They
 * describe the child (names, date of birth, the Mosaic reference if known) rather than pick one: practitioners may not
 * browse the portal's child records. The coordinator matches the description to a record when granting.
 */
@Controller
class RequestLinkController {

    static final String PATH = "/relationships/request";

    private final ActingUserCommandGateway commands;
    private final People people;
    private final RelationshipMail mail;
    private final MessageSource messages;

    RequestLinkController(ActingUserCommandGateway commands, People people, RelationshipMail mail, MessageSource messages) {
        this.commands = commands;
        this.people = people;
        this.mail = mail;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String form(Model model) {
        FormErrors.noneIn(model);
        model.addAttribute("form", LinkRequestForm.empty());
        return "pages/links/request";
    }

    @PostMapping(PATH)
    String request(@ModelAttribute("form") LinkRequestForm form, @AuthenticationPrincipal PortalUser practitioner,
                   Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Account account = people.account(practitioner);
        try {
            commands.send(new RequestLink(account.id(), "l-" + UUID.randomUUID(), account.locality(), form.child(),
                    form.reason()), practitioner.id());
        } catch (RelationshipRefusedException refused) {
            FormErrors errors = new FormErrors(messages, locale);
            refused.errors().forEach(error -> errors.addText(error.field(), error.message()));
            errors.addTo(model);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "pages/links/request";
        }
        mail.requestArrived(account.locality());
        redirect.addFlashAttribute("linkRequested", true);
        return "redirect:/";
    }
}
