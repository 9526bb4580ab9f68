package uk.earlyhelp.portal.dashboard;

import java.time.Clock;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.earlyhelp.assessment.api.FindMyAssessments;
import uk.earlyhelp.assessment.api.MyAssessmentsPage;
import uk.earlyhelp.assessment.form.FormDefinitions;
import uk.earlyhelp.portal.relationship.linkedchild.LinkedChildrenPanel;
import uk.earlyhelp.portal.relationship.myrequests.MyLinkRequests;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.portal.security.Role;

/**
 * The dashboard: what a practitioner can start, who they are linked to and what they have asked for, and their own
 * assessments.
 */
@Controller
class DashboardController {

    static final int PAGE_SIZE = 20;
    /** Flash attribute: the id of the draft just deleted. */
    static final String DELETED = "deleted";

    private final QueryGateway queries;
    private final FormDefinitions forms;
    private final LinkedChildrenPanel linkedChildren;
    private final MyLinkRequests linkRequests;
    private final Clock clock;

    DashboardController(QueryGateway queries, FormDefinitions forms, LinkedChildrenPanel linkedChildren,
                        MyLinkRequests linkRequests, Clock clock) {
        this.queries = queries;
        this.forms = forms;
        this.linkedChildren = linkedChildren;
        this.linkRequests = linkRequests;
        this.clock = clock;
    }

    /** @param page one-based, as GOV.UK pagination shows it */
    @GetMapping("/")
    String dashboard(@RequestParam(defaultValue = "") String search, @RequestParam(defaultValue = "1") int page,
                     @AuthenticationPrincipal PortalUser user, Model model) {
        if (!user.getAuthorities().contains(Role.PRACTITIONER.authority())) {
            // Coordinators, auditors and administrators author no assessments and key-work no children: their home
            // page leads to their own pages instead.
            return "pages/dashboard/staff";
        }
        Object deleted = model.getAttribute(DELETED); // a flash attribute only, never a request parameter
        String wanted = search.strip();
        int current = Math.max(1, page);
        MyAssessmentsPage found = queries.query(
                new FindMyAssessments(user.id(), wanted, current - 1, PAGE_SIZE), MyAssessmentsPage.class).join();

        model.addAttribute("forms", forms.startable());
        model.addAttribute("linkedChildren", linkedChildren.of(user));
        // Like a deleted draft, a request withdrawn a moment ago may still be in the read model: not listed again.
        model.addAttribute("linkRequests", linkRequests.of(user, model.getAttribute(MyLinkRequests.WITHDRAWN)));
        model.addAttribute("search", wanted);
        model.addAttribute("assessments", found.items().stream()
                // My Assessments is a projection, updated a moment after the event: the draft just deleted may
                // still be in it, and must not be listed under the banner saying it was deleted.
                .filter(summary -> !summary.assessmentId().equals(deleted))
                .map(summary -> MyAssessmentRow.of(summary, clock.getZone())).toList());
        model.addAttribute("pagination", Pagination.of(current, found.totalPages(), number -> href(wanted, number)));
        return "pages/dashboard/dashboard";
    }

    private static String href(String search, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/");
        if (!search.isEmpty()) {
            uri.queryParam("search", "{search}"); // a variable, so "&" or "#" in a name is encoded too
        }
        return uri.queryParam("page", page).encode().buildAndExpand(Map.of("search", search)).toUriString();
    }
}
