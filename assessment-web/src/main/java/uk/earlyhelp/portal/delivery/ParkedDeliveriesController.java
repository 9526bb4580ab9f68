package uk.earlyhelp.portal.delivery;

import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.earlyhelp.mosaic.delivery.ParkedDeliveries;
import uk.earlyhelp.mosaic.delivery.ParkedDelivery;
import uk.earlyhelp.mosaic.delivery.RetryResult;

/**
 * The deliveries waiting in the dead-letter queue, and retrying one or all of them (Spring Security: administrators
 * only). A retry runs the projector's own handler at once, so the outcome is known when the page comes back.
 */
@Controller
class ParkedDeliveriesController {

    static final String PAGE = "/admin/deliveries";

    private final ParkedDeliveries parked;
    private final MessageSource messages;
    private final Clock clock;

    ParkedDeliveriesController(ParkedDeliveries parked, MessageSource messages, Clock clock) {
        this.parked = parked;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        AdminTimes times = new AdminTimes(clock.getZone());
        model.addAttribute("deliveries", parked.list().stream().map(delivery -> ParkedRow.of(delivery, times)).toList());
        return "pages/admin/deliveries";
    }

    // The id comes in the form rather than the address: it is only ever looked up among the parked deliveries.
    @PostMapping(PAGE + "/retry")
    String retry(@RequestParam String assessmentId, Locale locale, RedirectAttributes redirect) {
        RetryBanner banner;
        if (parked.retry(assessmentId)) {
            banner = new RetryBanner(true, message("admin.deliveries.retried.delivered", locale, assessmentId), null);
        } else {
            // Failed again (it is still in the queue, with the new reason), or no longer parked at all: delivered
            // meanwhile, or retried by another administrator.
            banner = parked.list().stream().filter(delivery -> delivery.assessmentId().equals(assessmentId))
                    .findFirst().map(ParkedDelivery::reason)
                    .map(reason -> new RetryBanner(false, message("admin.deliveries.retried.failed", locale, reason),
                            message("admin.deliveries.retried.failedText", locale, assessmentId)))
                    .orElseGet(() -> new RetryBanner(false,
                            message("admin.deliveries.retried.notParked", locale, assessmentId),
                            message("admin.deliveries.retried.notParkedText", locale)));
        }
        redirect.addFlashAttribute(RetryBanner.ATTRIBUTE, banner);
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/retry-all")
    String retryAll(Locale locale, RedirectAttributes redirect) {
        RetryResult result = parked.retryAll();
        RetryBanner banner;
        if (result.delivered() + result.stillParked() == 0) {
            banner = new RetryBanner(true, message("admin.deliveries.retriedAll.none", locale), null);
        } else if (result.stillParked() == 0) {
            banner = new RetryBanner(true, message("admin.deliveries.retriedAll.delivered", locale, result.delivered()),
                    null);
        } else {
            banner = new RetryBanner(false, message("admin.deliveries.retriedAll.someFailed", locale,
                    result.delivered(), result.stillParked()), message("admin.deliveries.retriedAll.someFailedText", locale));
        }
        redirect.addFlashAttribute(RetryBanner.ATTRIBUTE, banner);
        return "redirect:" + PAGE;
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
