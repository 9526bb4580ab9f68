package uk.earlyhelp.portal.relationship.links;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.earlyhelp.assessment.api.FieldError;
import uk.earlyhelp.portal.account.FormErrors;
import uk.earlyhelp.portal.relationship.DateOfBirth;
import uk.earlyhelp.portal.relationship.People;
import uk.earlyhelp.portal.relationship.RelationshipQueries;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.relationship.api.LinkRequestSummary;

/** The coordinator's queue of link requests, one request, and the decision on it (coordinators only: /coordinator/**). */
@Controller
class LinkRequestsController {

    static final String QUEUE = "/coordinator/children/requests";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final LinkDecisions decisions;
    private final Candidates candidates;
    private final RelationshipQueries queries;
    private final People people;
    private final MessageSource messages;
    private final Clock clock;

    LinkRequestsController(LinkDecisions decisions, Candidates candidates, RelationshipQueries queries, People people,
                           MessageSource messages, Clock clock) {
        this.decisions = decisions;
        this.candidates = candidates;
        this.queries = queries;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    /** A request, ready to show. */
    record RequestLine(String linkId, String practitioner, String organisation, String child, String dateOfBirth,
                       String mosaicPersonReference, String reason, String requested) {
    }

    @GetMapping(QUEUE)
    String queue(@AuthenticationPrincipal PortalUser coordinator, Model model) {
        List<LinkRequestSummary> pending = queries.pendingRequests(coordinator.getLocality()).requests();
        model.addAttribute("locality", coordinator.getLocality());
        model.addAttribute("requests", lines(pending));
        return "pages/links/requests";
    }

    /** The request, with the records it may be for: searched by part of a name or a date of birth, if asked. */
    @GetMapping(QUEUE + "/{id}")
    String request(@PathVariable String id, @RequestParam(defaultValue = "") String search,
                   @AuthenticationPrincipal PortalUser coordinator, Model model, Locale locale,
                   HttpServletResponse response) {
        LinkRequestSummary request = decisions.pending(coordinator, id);
        ChildSearch typed = ChildSearch.of(search);
        if (typed.isValid()) {
            FormErrors.noneIn(model);
        } else {
            new FormErrors(messages, locale).add("search", typed.errorKey(), ChildSearch.MAX_LENGTH).addTo(model);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return page(coordinator, request, typed, "", "", false, model);
    }

    /** {@code search}: the search the page was showing, so a refused grant shows the same records again. */
    @PostMapping(QUEUE + "/{id}/grant")
    String grant(@PathVariable String id, @RequestParam(defaultValue = "") String childId,
                 @RequestParam(defaultValue = "") String keyWorker, @RequestParam(defaultValue = "") String search,
                 @AuthenticationPrincipal PortalUser coordinator, Model model, Locale locale,
                 RedirectAttributes redirect, HttpServletResponse response) {
        boolean confirmed = "yes".equals(keyWorker);
        List<FieldError> refused = decisions.grant(coordinator, id, childId, confirmed);
        if (!refused.isEmpty()) {
            return refused(coordinator, id, refused, search, childId, "", confirmed, model, locale, response);
        }
        redirect.addFlashAttribute("granted", true);
        return "redirect:/coordinator/children";
    }

    @PostMapping(QUEUE + "/{id}/decline")
    String decline(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
                   @RequestParam(defaultValue = "") String search, @AuthenticationPrincipal PortalUser coordinator,
                   Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        List<FieldError> refused = decisions.decline(coordinator, id, reason);
        if (!refused.isEmpty()) {
            return refused(coordinator, id, refused, search, "", reason, false, model, locale, response);
        }
        redirect.addFlashAttribute("declined", true);
        return "redirect:/coordinator/children";
    }

    private String refused(PortalUser coordinator, String id, List<FieldError> refused, String search, String childId,
                           String reason, boolean keyWorker, Model model, Locale locale, HttpServletResponse response) {
        FormErrors errors = new FormErrors(messages, locale);
        refused.forEach(error -> errors.addText(error.field(), error.message()));
        errors.addTo(model);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(coordinator, decisions.pending(coordinator, id), ChildSearch.of(search), childId, reason, keyWorker,
                model);
    }

    private String page(PortalUser coordinator, LinkRequestSummary request, ChildSearch search, String childId,
                        String reason, boolean keyWorker, Model model) {
        model.addAttribute("request", lines(List.of(request)).get(0));
        Candidates.Found found = candidates.find(coordinator.getLocality(), request, search, childId);
        model.addAttribute("candidates", found.candidates());
        model.addAttribute("moreCandidates", found.more());
        model.addAttribute("shownAtMost", Candidates.SHOWN);
        model.addAttribute("search", search.typed());
        model.addAttribute("searching", !search.isEmpty() && search.isValid());
        model.addAttribute("childId", childId);
        model.addAttribute("reason", reason);
        model.addAttribute("keyWorker", keyWorker);
        return "pages/links/request-decision";
    }

    private List<RequestLine> lines(List<LinkRequestSummary> requests) {
        Map<String, uk.earlyhelp.portal.account.Account> practitioners =
                people.accounts(requests.stream().map(LinkRequestSummary::practitionerId).toList());
        return requests.stream().map(r -> {
            var practitioner = practitioners.get(r.practitionerId());
            return new RequestLine(r.linkId(), practitioner == null ? "" : practitioner.displayName(),
                    practitioner == null ? "" : practitioner.details().organisation(),
                    r.child().firstName() + " " + r.child().lastName(), DateOfBirth.shown(r.child().dateOfBirth()),
                    r.child().mosaicPersonReference(), r.reason(), DAY.format(r.requestedAt().atZone(clock.getZone())));
        }).toList();
    }
}
