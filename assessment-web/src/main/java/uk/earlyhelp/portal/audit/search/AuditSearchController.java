package uk.earlyhelp.portal.audit.search;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.earlyhelp.assessment.api.AuditStatus;
import uk.earlyhelp.assessment.api.AuditedAssessmentsPage;
import uk.earlyhelp.portal.account.AccountProperties;
import uk.earlyhelp.portal.audit.AuditPaths;
import uk.earlyhelp.portal.audit.access.AccessLog;
import uk.earlyhelp.portal.audit.timeline.Actor;
import uk.earlyhelp.portal.audit.timeline.ActorNames;
import uk.earlyhelp.portal.audit.timeline.AssessmentTimeline;
import uk.earlyhelp.portal.dashboard.Pagination;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.portal.wizard.WizardMessages;
import uk.earlyhelp.portal.wizard.fields.DateParts;

/**
 * Find: every assessment of every author, by family member, author, locality, status and date of last change, newest
 * first, 20 a page. GET, so a search can be bookmarked and paged; every search is recorded in the access log.
 */
@Controller
class AuditSearchController {

    static final int PAGE_SIZE = 20;

    private final QueryGateway queries;
    private final ActorNames actors;
    private final AssessmentTimeline times;
    private final AccountProperties accounts;
    private final WizardMessages messages;
    private final AccessLog accessLog;
    private final Clock clock;

    AuditSearchController(QueryGateway queries, ActorNames actors, AssessmentTimeline times, AccountProperties accounts,
                          WizardMessages messages, AccessLog accessLog, Clock clock) {
        this.queries = queries;
        this.actors = actors;
        this.times = times;
        this.accounts = accounts;
        this.messages = messages;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** One assessment found, as the results list shows it. */
    record Result(String href, String assessmentId, String formTitle, String familyName, Actor author, String statusKey,
                  boolean deleted, String lastChanged) {
    }

    @GetMapping(AuditPaths.SEARCH)
    String search(@RequestParam Map<String, String> typed, @AuthenticationPrincipal PortalUser user, Model model) {
        SearchForm form = new SearchForm(value(typed, "name"), value(typed, "author"), value(typed, "locality"),
                value(typed, "status"), date(typed, SearchForm.FROM), date(typed, SearchForm.TO));
        int page = Math.max(1, parsePage(typed.get("page")));
        accessLog.record(user.id(), "ASSESSMENT_SEARCH", describe(form));
        Map<String, String> problems = form.problems(messages);
        model.addAttribute("form", form);
        model.addAttribute("localities", accounts.localities());
        model.addAttribute("statuses", AuditStatus.values());
        model.addAttribute("problems", problems);
        model.addAttribute("errors", SearchForm.summary(problems));
        if (!problems.isEmpty()) {
            return "pages/audit/search";
        }
        AuditedAssessmentsPage found = queries.query(form.query(clock.getZone(), page - 1, PAGE_SIZE),
                AuditedAssessmentsPage.class).join();
        Function<String, Actor> who = actors.cache();
        model.addAttribute("total", found.totalItems());
        model.addAttribute("results", found.items().stream().map(item -> new Result(
                AuditPaths.assessment(item.assessmentId()), item.assessmentId(), item.formTitle(), item.familyName(),
                who.apply(item.authorId()), StatusKey.of(item), item.deleted(), times.when(item.lastChanged()))).toList());
        model.addAttribute("pagination", Pagination.of(page, found.totalPages(), number -> href(typed, number)));
        return "pages/audit/search";
    }

    private static String value(Map<String, String> typed, String name) {
        String value = typed.get(name);
        return value == null ? "" : value.strip();
    }

    private static DateParts date(Map<String, String> typed, String name) {
        return new DateParts(value(typed, name + "Day"), value(typed, name + "Month"), value(typed, name + "Year"));
    }

    private static int parsePage(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    // The search's terms, for the access log (an auditor's search is itself a read worth accounting for).
    private static String describe(SearchForm form) {
        return "name=" + form.name() + "; author=" + form.author() + "; locality=" + form.locality() + "; status="
                + form.status() + "; from=" + form.from().iso() + "; to=" + form.to().iso();
    }

    private static String href(Map<String, String> typed, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(AuditPaths.SEARCH);
        typed.forEach((name, value) -> {
            if (!name.equals("page") && value != null && !value.isBlank()) uri.queryParam(name, "{" + name + "}");
        });
        return uri.queryParam("page", page).encode().buildAndExpand(typed).toUriString();
    }
}
