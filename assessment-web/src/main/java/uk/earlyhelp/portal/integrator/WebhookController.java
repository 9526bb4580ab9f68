package uk.earlyhelp.portal.integrator;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.earlyhelp.feed.client.IntegratorClient;
import uk.earlyhelp.feed.client.IntegratorClients;
import uk.earlyhelp.feed.webhook.Webhook;
import uk.earlyhelp.feed.webhook.WebhookAddress;
import uk.earlyhelp.feed.webhook.WebhookDispatcher;
import uk.earlyhelp.feed.webhook.WebhookProperties;
import uk.earlyhelp.feed.webhook.Webhooks;
import uk.earlyhelp.portal.account.FormErrors;

/** A client's webhook for administrators: set its endpoint (secret shown once), see parked deliveries, retry them. */
@Controller
class WebhookController {

    static final String PAGE = IntegratorsController.ONE + "/webhook";

    private final IntegratorClients clients;
    private final Webhooks webhooks;
    private final WebhookDispatcher dispatcher;
    private final WebhookProperties properties;
    private final MessageSource messages;

    WebhookController(IntegratorClients clients, Webhooks webhooks, WebhookDispatcher dispatcher,
                      WebhookProperties properties, MessageSource messages) {
        this.clients = clients;
        this.webhooks = webhooks;
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String page(@PathVariable String id, Model model) {
        FormErrors.noneIn(model);
        return page(active(id), "", model);
    }

    @PostMapping(PAGE)
    String register(@PathVariable String id, @RequestParam(defaultValue = "") String url, Model model, Locale locale,
                    HttpServletResponse response) {
        IntegratorClient client = active(id);
        Optional<URI> address = WebhookAddress.check(url, properties.allowLoopbackHttp());
        if (address.isEmpty()) {
            new FormErrors(messages, locale).add("url", properties.allowLoopbackHttp()
                    ? "webhook.error.url.loopback" : "webhook.error.url").addTo(model);
            return page(client, url, model);
        }
        Webhook webhook = dispatcher.register(client, address.get());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("client", client);
        model.addAttribute("webhook", webhook);
        return "pages/admin/webhook-secret";
    }

    @PostMapping(PAGE + "/retry")
    String retry(@PathVariable String id, @RequestParam String subject, RedirectAttributes redirect)
            throws InterruptedException {
        IntegratorClient client = active(id);
        if (webhooks.find(client.id()).isEmpty()) {
            throw new IntegratorNotFound();
        }
        int delivered = dispatcher.retry(client.id(), subject);
        long stillParked = webhooks.parked(client.id()).stream().filter(p -> p.subject().equals(subject)).count();
        redirect.addFlashAttribute("delivered", delivered);
        redirect.addFlashAttribute("stillParked", stillParked);
        return "redirect:" + PAGE.replace("{id}", client.id());
    }

    private String page(IntegratorClient client, String typed, Model model) {
        model.addAttribute("client", client);
        model.addAttribute("webhook", webhooks.find(client.id()).orElse(null));
        model.addAttribute("parked", webhooks.parked(client.id()));
        model.addAttribute("typed", typed);
        return "pages/admin/webhook";
    }

    private IntegratorClient active(String id) {
        return clients.find(id).filter(client -> !client.revoked()).orElseThrow(IntegratorNotFound::new);
    }
}
