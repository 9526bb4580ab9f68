package uk.earlyhelp.portal.integrator;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.earlyhelp.feed.client.IntegratorClient;
import uk.earlyhelp.feed.client.IntegratorClients;
import uk.earlyhelp.feed.client.IntegratorProperties;
import uk.earlyhelp.feed.client.IssuedToken;
import uk.earlyhelp.feed.cloudevent.EventGroup;
import uk.earlyhelp.portal.account.FormErrors;

/** Integrator clients for administrators (Spring Security: /admin/** is administrators only; CSRF on every form). */
@Controller
class IntegratorsController {

    static final String LIST = "/admin/integrators";
    static final String NEW = LIST + "/new";
    static final String ONE = LIST + "/{id}";

    private final IntegratorClients clients;
    private final IntegratorProperties properties;
    private final MessageSource messages;

    IntegratorsController(IntegratorClients clients, IntegratorProperties properties, MessageSource messages) {
        this.clients = clients;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping(LIST)
    String list(Model model) {
        model.addAttribute("clients", clients.all());
        return "pages/admin/integrators";
    }

    @GetMapping(NEW)
    String addPage(Model model, Locale locale) {
        FormErrors.noneIn(model);
        return addPage(IntegratorForm.empty(), model, locale);
    }

    @PostMapping(NEW)
    String add(@ModelAttribute("form") IntegratorForm form, Model model, Locale locale, HttpServletResponse response) {
        FormErrors errors = new FormErrors(messages, locale);
        form.check(errors);
        if (!errors.isEmpty()) {
            errors.addTo(model);
            return addPage(form, model, locale);
        }
        return tokenPage(clients.add(form.name().strip(), form.eventGroups(), form.isRedacted()), false, model,
                response);
    }

    @PostMapping(ONE + "/rotate")
    String rotate(@PathVariable String id, Model model, HttpServletResponse response) {
        return tokenPage(clients.rotate(id).orElseThrow(IntegratorNotFound::new), true, model, response);
    }

    @GetMapping(ONE + "/revoke")
    String revokePage(@PathVariable String id, Model model) {
        model.addAttribute("client", active(id));
        return "pages/admin/revoke-integrator";
    }

    @PostMapping(ONE + "/revoke")
    String revoke(@PathVariable String id, RedirectAttributes redirect) {
        IntegratorClient client = active(id);
        if (!clients.revoke(id)) {
            throw new IntegratorNotFound();
        }
        redirect.addFlashAttribute("revoked", client.name());
        return "redirect:" + LIST;
    }

    private IntegratorClient active(String id) {
        return clients.find(id).filter(client -> !client.revoked()).orElseThrow(IntegratorNotFound::new);
    }

    /** The only time the token is shown: never cached, never stored but as its hash. */
    private String tokenPage(IssuedToken issued, boolean rotated, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("issued", issued);
        model.addAttribute("rotated", rotated);
        model.addAttribute("graceHours", properties.rotationGrace().toHours());
        return "pages/admin/integrator-token";
    }

    private String addPage(IntegratorForm form, Model model, Locale locale) {
        model.addAttribute("form", form);
        List<String> codes = Arrays.stream(EventGroup.values()).map(EventGroup::code).toList();
        model.addAttribute("groupCodes", codes);
        List<String> answers = List.of("yes", "no");
        model.addAttribute("redactedValues", answers);
        model.addAttribute("redactedLabels", answers.stream()
                .map(answer -> messages.getMessage("integrators.add.redacted." + answer, null, locale)).toList());
        return "pages/admin/add-integrator";
    }
}
