package uk.earlyhelp.portal.audit.access;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.earlyhelp.portal.dashboard.Pagination;

/**
 * The administrators' view of the access log (under /admin/**, so theirs alone): who read what and when, newest
 * first. Read-only: there is nothing on the page, or anywhere in the portal, that changes or deletes an entry.
 */
@Controller
class AccessLogController {

    static final String PATH = "/admin/audit-access";
    static final int PAGE_SIZE = 50;

    private final AccessLog log;
    private final AccessRows rows;

    AccessLogController(AccessLog log, AccessRows rows) {
        this.log = log;
        this.rows = rows;
    }

    @GetMapping(PATH)
    String page(@RequestParam(defaultValue = "1") int page, Model model) {
        long total = log.size();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(1, Math.min(page, pages));
        model.addAttribute("entries", rows.of(log.newestFirst(current - 1, PAGE_SIZE)));
        model.addAttribute("total", total);
        model.addAttribute("pagination", Pagination.of(current, pages, number -> PATH + "?page=" + number));
        return "pages/admin/audit-access";
    }
}
