package uk.earlyhelp.portal.readmodel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The event processors and their dead letters, for administrators only (Spring Security, /admin/**): retry the
 * events a processor could not handle, or replay a read model from the start. The processor's name comes in the form
 * and is only ever looked up among this portal's processors.
 */
@Controller
class ReadModelsController {

    static final String PAGE = "/admin/read-models";

    private final ProcessorStates states;
    private final DeadLetters deadLetters;
    private final Replays replays;
    private final MessageSource messages;

    ReadModelsController(ProcessorStates states, DeadLetters deadLetters, Replays replays, MessageSource messages) {
        this.states = states;
        this.deadLetters = deadLetters;
        this.replays = replays;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        List<ProcessorState> processors = states.all();
        Map<String, List<DeadLetterRow>> letters = new LinkedHashMap<>();
        processors.stream().filter(state -> state.deadLetters() > 0)
                .forEach(state -> letters.put(state.name(), deadLetters.of(state.name())));
        model.addAttribute("processors", processors);
        model.addAttribute("deadLetters", letters);
        return "pages/admin/read-models";
    }

    @PostMapping(PAGE + "/retry")
    String retry(@RequestParam String processor, Locale locale, RedirectAttributes redirect) {
        ReadModelBanner banner;
        if (!known(processor)) {
            banner = new ReadModelBanner(false, text("admin.readModels.unknown", locale), null);
        } else {
            RetryOutcome outcome = deadLetters.retryAll(processor);
            banner = outcome.failed() == 0
                    ? new ReadModelBanner(true, text("admin.readModels.retried", locale, processor, outcome.handled()),
                    null)
                    : new ReadModelBanner(false, text("admin.readModels.retryFailed", locale, processor,
                    outcome.failed()), text("admin.readModels.retryFailedText", locale));
        }
        redirect.addFlashAttribute(ReadModelBanner.ATTRIBUTE, banner);
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/replay")
    String replay(@RequestParam String processor, Locale locale, RedirectAttributes redirect) {
        ReadModelBanner banner = switch (known(processor) ? replays.replay(processor) : Replays.Outcome.NOT_REPLAYABLE) {
            case STARTED -> new ReadModelBanner(true, text("admin.readModels.replayStarted", locale, processor),
                    null);
            case HELD_ELSEWHERE -> new ReadModelBanner(false, text("admin.readModels.heldElsewhere", locale,
                    processor), text("admin.readModels.heldElsewhereText", locale));
            case NOT_REPLAYABLE -> new ReadModelBanner(false, text("admin.readModels.notReplayable", locale,
                    processor), null);
        };
        redirect.addFlashAttribute(ReadModelBanner.ATTRIBUTE, banner);
        return "redirect:" + PAGE;
    }

    private boolean known(String processor) {
        return states.all().stream().anyMatch(state -> state.name().equals(processor));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
