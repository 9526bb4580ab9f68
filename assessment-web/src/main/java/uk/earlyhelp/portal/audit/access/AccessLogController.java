package uk.earlyhelp.portal.audit.access;

import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.earlyhelp.portal.audit.timeline.Actor;
import uk.earlyhelp.portal.audit.timeline.ActorNames;
import uk.earlyhelp.portal.audit.timeline.AssessmentTimeline;
import uk.earlyhelp.portal.dashboard.Pagination;
import uk.earlyhelp.portal.wizard.WizardMessages;

/**
 * The administrators' view of the access log (under /admin/**, so theirs alone): who read what and when, newest
 * first. Read-only: there is nothing on the page, or anywhere in the portal, that changes or deletes an entry.
 */
@Controller
class AccessLogController {

    static final String PATH = "/admin/audit-access";
    static final int PAGE_SIZE = 50;

    private final AccessLog log;
    private final ActorNames actors;
    private final AssessmentTimeline times;
    private final WizardMessages messages;

    AccessLogController(AccessLog log, ActorNames actors, AssessmentTimeline times, WizardMessages messages) {
        this.log = log;
        this.actors = actors;
        this.times = times;
        this.messages = messages;
    }

    /** One entry as the page shows it. */
    record Row(String when, Actor who, String what, String target) {
    }

    @GetMapping(PATH)
    String page(@RequestParam(defaultValue = "1") int page, Model model) {
        long total = log.size();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(1, Math.min(page, pages));
        Function<String, Actor> who = actors.cache();
        model.addAttribute("entries", log.newestFirst(current - 1, PAGE_SIZE).stream().map(entry -> new Row(
                times.when(entry.at()), who.apply(entry.actorId()),
                messages.firstOf(new String[] {"accessLog.what." + entry.what(), "accessLog.what"}, entry.what()),
                entry.target())).toList());
        model.addAttribute("total", total);
        model.addAttribute("pagination", Pagination.of(current, pages, number -> PATH + "?page=" + number));
        return "pages/admin/audit-access";
    }
}
