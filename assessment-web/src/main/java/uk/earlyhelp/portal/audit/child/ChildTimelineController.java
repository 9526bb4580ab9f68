package uk.earlyhelp.portal.audit.child;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.earlyhelp.portal.audit.AuditPaths;
import uk.earlyhelp.portal.audit.access.AccessLog;
import uk.earlyhelp.portal.security.PortalUser;

/**
 * A child record's timeline ({@link ChildTimeline}): when it was recorded, each change of its details, each opening of
 * the record by whom, and each link to it requested, granted and ended. Every opening of this page is recorded.
 */
@Controller
class ChildTimelineController {

    private final ChildTimeline timeline;
    private final AccessLog accessLog;

    ChildTimelineController(ChildTimeline timeline, AccessLog accessLog) {
        this.timeline = timeline;
        this.accessLog = accessLog;
    }

    @GetMapping(AuditPaths.CHILD)
    String timeline(@PathVariable String childId, @AuthenticationPrincipal PortalUser user, Model model) {
        var merged = timeline.of(childId);
        accessLog.record(user.id(), "CHILD_TIMELINE", childId);
        model.addAttribute("childId", childId);
        model.addAttribute("rows", merged.rows());
        model.addAttribute("csvHref", AuditPaths.childCsv(childId));
        model.addAttribute("jsonHref", AuditPaths.childJson(childId));
        return "pages/audit/child";
    }
}
