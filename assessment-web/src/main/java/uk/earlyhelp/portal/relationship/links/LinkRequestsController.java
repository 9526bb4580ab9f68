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
    private final RelationshipQueries queries;
    private final People people;
    private final MessageSource messages;
    private final Clock clock;

    LinkRequestsController(LinkDecisions decisions, RelationshipQueries queries, People people, MessageSource messages,
                           Clock clock) {
        this.decisions = decisions;
        this.queries = queries;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    /** A request, ready to show. */
    record RequestLine(String linkId, String practitioner, String organisation, String child, String dateOfBirth,
                       String mosaicPersonReference, String reason, String requested) {
    }

    /** A child record the request may be for. */
    record Candidate(String childId, String label) {
    }

    @GetMapping(QUEUE)
    String queue(@AuthenticationPrincipal PortalUser coordinator, Model model) {
        List<LinkRequestSummary> pending = queries.pendingRequests(coordinator.getLocality()).requests();
        model.addAttribute("locality", coordinator.getLocality());
        model.addAttribute("requests", lines(pending));
        return "pages/links/requests";
    }

    @GetMapping(QUEUE + "/{id}")
    String request(@PathVariable String id, @AuthenticationPrincipal PortalUser coordinator, Model model) {
        FormErrors.noneIn(model);
        return page(coordinator, decisions.pending(coordinator, id), "", "", false, model);
    }

    @PostMapping(QUEUE + "/{id}/grant")
    String grant(@PathVariable String id, @RequestParam(defaultValue = "") String childId,
                 @RequestParam(defaultValue = "") String keyWorker, @AuthenticationPrincipal PortalUser coordinator,
                 Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        boolean confirmed = "yes".equals(keyWorker);
        List<FieldError> refused = decisions.grant(coordinator, id, childId, confirmed);
        if (!refused.isEmpty()) {
            return refused(coordinator, id, refused, childId, "", confirmed, model, locale, response);
        }
        redirect.addFlashAttribute("granted", true);
        return "redirect:/coordinator/children";
    }

    @PostMapping(QUEUE + "/{id}/decline")
    String decline(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
                   @AuthenticationPrincipal PortalUser coordinator, Model model, Locale locale,
                   RedirectAttributes redirect, HttpServletResponse response) {
        List<FieldError> refused = decisions.decline(coordinator, id, reason);
        if (!refused.isEmpty()) {
            return refused(coordinator, id, refused, "", reason, false, model, locale, response);
        }
        redirect.addFlashAttribute("declined", true);
        return "redirect:/coordinator/children";
    }

    private String refused(PortalUser coordinator, String id, List<FieldError> refused, String childId, String reason,
                           boolean keyWorker, Model model, Locale locale, HttpServletResponse response) {
        FormErrors errors = new FormErrors(messages, locale);
        refused.forEach(error -> errors.addText(error.field(), error.message()));
        errors.addTo(model);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(coordinator, decisions.pending(coordinator, id), childId, reason, keyWorker, model);
    }

    private String page(PortalUser coordinator, LinkRequestSummary request, String childId, String reason,
                        boolean keyWorker, Model model) {
        model.addAttribute("request", lines(List.of(request)).get(0));
        // The records born on the day the practitioner gave come first: most likely the child they mean.
        model.addAttribute("candidates", queries.childrenOf(coordinator.getLocality()).children().stream()
                .sorted(java.util.Comparator.comparing(child -> !child.dateOfBirth().equals(request.child().dateOfBirth())))
                .map(child -> new Candidate(child.childId(), child.firstName() + " " + child.lastName() + ", "
                        + DateOfBirth.shown(child.dateOfBirth())
                        + (child.mosaicPersonReference().isEmpty() ? "" : ", " + child.mosaicPersonReference())))
                .toList());
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
