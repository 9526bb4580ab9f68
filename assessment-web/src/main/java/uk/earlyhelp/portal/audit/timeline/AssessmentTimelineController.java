package uk.earlyhelp.portal.audit.timeline;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.earlyhelp.portal.audit.AuditPaths;
import uk.earlyhelp.portal.audit.access.AccessLog;
import uk.earlyhelp.portal.audit.access.AccessRows;
import uk.earlyhelp.portal.audit.child.RecordedChildren;
import uk.earlyhelp.portal.dashboard.Pagination;
import uk.earlyhelp.portal.security.PortalUser;
import uk.earlyhelp.portal.wizard.OpenAssessment;

/**
 * The auditor's timeline of one assessment: every stored event, oldest first, a page of them at a time (a long history
 * has thousands), each linking to the assessment as it stood right after it; then "Who opened it", the latest reads of
 * the assessment from the access log, this one included (ADR 0021). Every opening is recorded.
 */
@Controller
class AssessmentTimelineController {

    /** The reads shown; the page says how many there are in all, the administrators' log has every one. */
    static final int READS_SHOWN = 100;

    private final AssessmentTimeline timeline;
    private final ActorNames actors;
    private final RecordedChildren children;
    private final AccessLog accessLog;
    private final AccessRows accessRows;

    AssessmentTimelineController(AssessmentTimeline timeline, ActorNames actors, RecordedChildren children,
                                 AccessLog accessLog, AccessRows accessRows) {
        this.accessRows = accessRows;
        this.timeline = timeline;
        this.actors = actors;
        this.children = children;
        this.accessLog = accessLog;
    }

    /** @param page one-based */
    @GetMapping(AuditPaths.ASSESSMENT)
    String timeline(@PathVariable String assessmentId, @RequestParam(defaultValue = "1") int page,
                    @AuthenticationPrincipal PortalUser user, Model model) {
        List<DomainEventMessage<?>> events = timeline.events(assessmentId);
        accessLog.recordRead(user.id(), "ASSESSMENT_TIMELINE", assessmentId, null);
        int total = events.size();
        int pages = (total + AuditPaths.TIMELINE_PAGE_SIZE - 1) / AuditPaths.TIMELINE_PAGE_SIZE;
        int current = Math.max(1, Math.min(page, pages));
        int from = (current - 1) * AuditPaths.TIMELINE_PAGE_SIZE + 1;
        int to = Math.min(total, current * AuditPaths.TIMELINE_PAGE_SIZE);
        OpenAssessment now = timeline.asAt(events, total);
        model.addAttribute("assessmentId", assessmentId);
        model.addAttribute("formTitle", now.form().title());
        Actor author = actors.resolve(now.view().authorId());
        model.addAttribute("author", author);
        model.addAttribute("authorHref", author.accountId() == null ? null : AuditPaths.account(author.accountId()));
        model.addAttribute("childRecords", children.of(assessmentId, now.familyMemberNames()));
        model.addAttribute("total", total);
        model.addAttribute("rows", timeline.rows(events, from, to));
        model.addAttribute("pagination", Pagination.of(current, pages,
                number -> AuditPaths.assessment(assessmentId) + "?page=" + number));
        model.addAttribute("latestHref", AuditPaths.asAt(assessmentId, total));
        model.addAttribute("csvHref", AuditPaths.csv(assessmentId));
        model.addAttribute("jsonHref", AuditPaths.json(assessmentId));
        model.addAttribute("reads", accessRows.of(accessLog.readsOf(assessmentId, READS_SHOWN)));
        model.addAttribute("readTotal", accessLog.readCountOf(assessmentId));
        return "pages/audit/timeline";
    }
}
