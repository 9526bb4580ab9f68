package uk.earlyhelp.portal.account.staff;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.earlyhelp.portal.account.Account;
import uk.earlyhelp.portal.account.AccountNotFound;
import uk.earlyhelp.portal.account.AccountProperties;
import uk.earlyhelp.portal.account.FormErrors;
import uk.earlyhelp.portal.security.PortalUser;

/** The administrator's staff accounts: list, add, send a new link, remove (Spring Security: administrators only). */
@Controller
class StaffAccountsController {

    static final String LIST = "/admin/accounts";
    static final String NEW = LIST + "/new";
    static final String ONE = LIST + "/{id}";

    private final StaffAccounts staff;
    private final AccountProperties properties;
    private final MessageSource messages;

    StaffAccountsController(StaffAccounts staff, AccountProperties properties, MessageSource messages) {
        this.staff = staff;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping(LIST)
    String list(Model model) {
        model.addAttribute("accounts", staff.all());
        return "pages/admin/accounts";
    }

    @GetMapping(NEW)
    String addPage(Model model, Locale locale) {
        FormErrors.noneIn(model);
        return addPage(StaffAccountForm.empty(), model, locale);
    }

    @PostMapping(NEW)
    String add(@ModelAttribute("form") StaffAccountForm form, @AuthenticationPrincipal PortalUser administrator,
               Model model, Locale locale, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors(messages, locale);
        form.check(errors, properties.localities());
        if (errors.isEmpty() && staff.addressInUse(form.details().email())) {
            errors.add("email", "staffAccount.error.email.inUse");
        }
        if (!errors.isEmpty()) {
            errors.addTo(model);
            return addPage(form, model, locale);
        }
        try {
            Account added = staff.add(administrator, form.details(), form.staffRole());
            redirect.addFlashAttribute("added", added.displayName());
            return "redirect:" + LIST;
        } catch (DataIntegrityViolationException sameAddressAtTheSameMoment) {
            new FormErrors(messages, locale).add("email", "staffAccount.error.email.inUse").addTo(model);
            return addPage(form, model, locale);
        }
    }

    @PostMapping(ONE + "/new-link")
    String sendNewLink(@PathVariable String id, @AuthenticationPrincipal PortalUser administrator,
                       RedirectAttributes redirect) {
        Account invited = staff.sendNewLink(administrator, id).orElseThrow(AccountNotFound::new);
        redirect.addFlashAttribute("linkSent", invited.displayName());
        return "redirect:" + LIST;
    }

    @GetMapping(ONE + "/remove")
    String removePage(@PathVariable String id, Model model) {
        FormErrors.noneIn(model);
        model.addAttribute("account", staff.find(id).orElseThrow(AccountNotFound::new));
        return "pages/admin/remove-account";
    }

    @PostMapping(ONE + "/remove")
    String remove(@PathVariable String id, @AuthenticationPrincipal PortalUser administrator, Model model,
                  Locale locale, RedirectAttributes redirect) {
        Account account = staff.find(id).orElseThrow(AccountNotFound::new);
        StaffAccounts.Removal removal = staff.remove(administrator, id).orElseThrow(AccountNotFound::new);
        if (removal == StaffAccounts.Removal.LAST_ADMINISTRATOR) {
            new FormErrors(messages, locale).add("remove", "staffAccount.error.lastAdministrator").addTo(model);
            model.addAttribute("account", account);
            return "pages/admin/remove-account";
        }
        redirect.addFlashAttribute("removed", account.displayName());
        return "redirect:" + LIST;
    }

    private String addPage(StaffAccountForm form, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("roleValues", StaffAccountForm.STAFF_ROLES.stream().map(Enum::name).toList());
        model.addAttribute("roleLabels", StaffAccountForm.STAFF_ROLES.stream()
                .map(role -> messages.getMessage("role." + role.name(), null, locale)).toList());
        model.addAttribute("localities", properties.localities());
        return "pages/admin/add-account";
    }
}
